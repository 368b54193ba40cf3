package org.schedc.sim;

/** The kernel's bstr_printf subset for scx_bpf_error/exit messages: %d %i %u %x %s %c %%, with l/ll/h/z lengths. */
final class BstrFormat {
    private BstrFormat() {}

    static String format(Memory mem, long fmtAddr, long data, long dataLen) {
        String fmt = cString(mem, fmtAddr);
        StringBuilder b = new StringBuilder();
        int arg = 0;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) { b.append(c); continue; }
            int j = i + 1;
            while (j < fmt.length() && "lhz0123456789-".indexOf(fmt.charAt(j)) >= 0) j++;
            if (j >= fmt.length()) break;
            char conv = fmt.charAt(j);
            if (conv == '%') { b.append('%'); i = j; continue; }
            long v = 8L * arg < dataLen ? mem.load(data + 8L * arg, 8) : 0;
            arg++;
            boolean wide = fmt.substring(i + 1, j).contains("l") || fmt.substring(i + 1, j).contains("z");
            switch (conv) {
                case 'd', 'i' -> b.append(wide ? v : (int) v);
                case 'u' -> b.append(wide ? Long.toUnsignedString(v) : Integer.toUnsignedString((int) v));
                case 'x' -> b.append(wide ? Long.toHexString(v) : Integer.toHexString((int) v));
                case 's' -> b.append(v == 0 ? "(null)" : cString(mem, v));
                case 'c' -> b.append((char) (v & 0xff));
                default -> b.append('%').append(conv);
            }
            i = j;
        }
        return b.toString();
    }

    static String cString(Memory mem, long addr) {
        StringBuilder b = new StringBuilder();
        try {
            for (int i = 0; i < 1024; i++) {
                int ch = (int) mem.load(addr + i, 1);
                if (ch == 0) break;
                b.append((char) ch);
            }
        } catch (SimError e) {
            b.append("<unreadable>");
        }
        return b.toString();
    }
}
