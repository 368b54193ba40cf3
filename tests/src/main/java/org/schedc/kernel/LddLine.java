package org.schedc.kernel;

/**
 * One line of ldd output: {@code libz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x...)} names a library to copy;
 * the vdso, the loader itself (the guest already has it for bpftool) and "not found" lines do not.
 */
final class LddLine {
    private LddLine() {
    }

    static String library(String line) {
        String l = line.strip();
        int arrow = l.indexOf("=> ");
        if (arrow < 0) {
            return null;
        }
        String rest = l.substring(arrow + 3).strip();
        if (!rest.startsWith("/")) {
            return null; // "not found" or a vdso
        }
        int space = rest.indexOf(' ');
        String path = space < 0 ? rest : rest.substring(0, space);
        return path.contains("ld-linux") ? null : path;
    }
}
