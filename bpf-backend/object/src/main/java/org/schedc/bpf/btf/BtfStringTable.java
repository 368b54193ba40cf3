package org.schedc.bpf.btf;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Write side of a BTF string section: deduplicated, in order of first use, starting with "". */
final class BtfStringTable {
    private final Map<String, Integer> offsets = new HashMap<>();
    private final ByteSink data = new ByteSink();

    BtfStringTable() {
        offsets.put("", 0);
        data.u8(0);
    }

    int intern(String s) {
        Integer off = offsets.get(s);
        if (off != null) return off;
        if (s.indexOf('\0') >= 0) throw new IllegalArgumentException("BTF string contains a NUL character: " + s.replace('\0', '?'));
        int at = data.size();
        data.bytes(s.getBytes(StandardCharsets.UTF_8));
        data.u8(0);
        offsets.put(s, at);
        return at;
    }

    byte[] bytes() {
        return data.toArray();
    }
}
