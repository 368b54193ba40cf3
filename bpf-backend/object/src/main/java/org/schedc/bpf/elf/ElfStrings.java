package org.schedc.bpf.elf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** ELF string table under construction: deduplicated, starting with the empty string. */
final class ElfStrings {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Map<String, Long> offsets = new HashMap<>();

    ElfStrings() {
        out.write(0);
        offsets.put("", 0L);
    }

    long add(String s) {
        Long off = offsets.get(s);
        if (off != null) return off;
        if (s.indexOf('\0') >= 0) throw new IllegalArgumentException("ELF name contains NUL: " + s.replace('\0', '?'));
        long at = out.size();
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        out.write(0);
        offsets.put(s, at);
        return at;
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}
