package org.schedc.bpf.btf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Strict reader of .BTF.ext; string offsets are resolved against the .BTF string table. */
public final class BtfExtReader {
    private static final int MIN_HEADER = 24;

    private BtfExtReader() {}

    private interface RecordParser<T> {
        T parse(LeBytes b, int at) throws BtfFormatException;
    }

    public static BtfExt read(byte[] btfExt, byte[] btfRaw) throws BtfFormatException {
        BtfStrings strings = BtfReader.stringsOf(btfRaw);
        LeBytes b = new LeBytes(btfExt, btfExt.length, ".BTF.ext");
        b.need(0, MIN_HEADER, "header");
        int magic = b.u16(0);
        if (magic != BtfKind.MAGIC) throw new BtfFormatException(".BTF.ext: bad magic 0x" + Integer.toHexString(magic) + " at byte offset 0");
        if (b.u8(2) != 1) throw new BtfFormatException(".BTF.ext: unsupported version " + b.u8(2) + " at byte offset 2");
        long hdrLen = Integer.toUnsignedLong(b.u32(4));
        if (hdrLen < MIN_HEADER || hdrLen > btfExt.length) {
            throw new BtfFormatException(".BTF.ext: header length " + hdrLen + " at byte offset 4 is not in 24.." + btfExt.length);
        }
        Map<String, List<BtfExt.FuncInfo>> funcs = subsection(b, btfExt.length, hdrLen, 8, "func_info", 8, strings,
                (r, at) -> new BtfExt.FuncInfo(r.u32(at), r.u32(at + 4)));
        Map<String, List<BtfExt.LineInfo>> lines = subsection(b, btfExt.length, hdrLen, 16, "line_info", 16, strings,
                (r, at) -> {
                    int lc = r.u32(at + 12);
                    return new BtfExt.LineInfo(r.u32(at),
                            strings.at(Integer.toUnsignedLong(r.u32(at + 4)), ".BTF.ext line_info at byte offset " + at + " file name"),
                            strings.at(Integer.toUnsignedLong(r.u32(at + 8)), ".BTF.ext line_info at byte offset " + at + " line text"),
                            lc >>> 10, lc & 0x3ff);
                });
        Map<String, List<BtfExt.CoreRelo>> relos = hdrLen < 32 ? Map.of()
                : subsection(b, btfExt.length, hdrLen, 24, "core_relo", 16, strings,
                        (r, at) -> new BtfExt.CoreRelo(r.u32(at), r.u32(at + 4),
                                strings.at(Integer.toUnsignedLong(r.u32(at + 8)), ".BTF.ext core_relo at byte offset " + at + " access string"),
                                r.u32(at + 12)));
        return new BtfExt(funcs, lines, relos);
    }

    private static <T> Map<String, List<T>> subsection(LeBytes b, int total, long hdrLen, int headerField, String what,
            int minRecord, BtfStrings strings, RecordParser<T> parser) throws BtfFormatException {
        long off = Integer.toUnsignedLong(b.u32(headerField)) + hdrLen;
        long len = Integer.toUnsignedLong(b.u32(headerField + 4));
        Map<String, List<T>> out = new LinkedHashMap<>();
        if (len == 0) return out;
        if (off + len > total) {
            throw new BtfFormatException(".BTF.ext: " + what + " [" + off + ", +" + len + ") exceeds the " + total + " bytes");
        }
        int end = (int) (off + len);
        LeBytes sub = new LeBytes(b.data(), end, ".BTF.ext " + what);
        int p = (int) off;
        sub.need(p, 4, "record size");
        long recSize = Integer.toUnsignedLong(sub.u32(p));
        if (recSize < minRecord || recSize % 4 != 0 || recSize > len) {
            throw new BtfFormatException(".BTF.ext: " + what + " record size " + recSize + " at byte offset " + p + " is invalid (minimum " + minRecord + ")");
        }
        p += 4;
        while (p < end) {
            sub.need(p, 8, "block header");
            String sec = strings.at(Integer.toUnsignedLong(sub.u32(p)), ".BTF.ext " + what + " block at byte offset " + p + " section name");
            long n = Integer.toUnsignedLong(sub.u32(p + 4));
            if (n == 0) throw new BtfFormatException(".BTF.ext: " + what + " block for '" + sec + "' at byte offset " + p + " has no records");
            p += 8;
            sub.need(p, n * recSize, n + " " + what + " records for '" + sec + "'");
            List<T> list = out.computeIfAbsent(sec, k -> new ArrayList<>());
            for (long i = 0; i < n; i++, p += (int) recSize) list.add(parser.parse(sub, p));
        }
        return out;
    }
}
