package org.schedc.bpf.btf;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Read side of a BTF string section: NUL-terminated strings looked up by offset, cached. */
final class BtfStrings {
    private final byte[] data;
    private final int start;
    private final int len;
    private final Map<Integer, String> cache = new HashMap<>();

    /** {@code start}/{@code len}: absolute bounds of the string section inside {@code data}. */
    BtfStrings(byte[] data, int start, int len) {
        this.data = data;
        this.start = start;
        this.len = len;
    }

    /**
     * Like {@link #at(long, String)} for a string of BTF type {@code id} (at byte {@code typeOff}); the message
     * ("type id ID at byte offset OFF" + part + index + suffix) is only built on failure: kernel BTF has a million of these.
     */
    String at(long off, int id, int typeOff, String part, int index, String suffix) throws BtfFormatException {
        if (off >= 0 && off < len) {
            String cached = cache.get((int) off);
            if (cached != null) return cached;
        }
        return at(off, "type id " + id + " at byte offset " + typeOff + part + (index < 0 ? "" : index) + suffix);
    }

    /** @param what describes the referrer, for the message */
    String at(long off, String what) throws BtfFormatException {
        if (off < 0 || off >= len) {
            throw new BtfFormatException(what + ": string offset " + off + " is outside the string section (length " + len + ")");
        }
        int o = (int) off;
        String cached = cache.get(o);
        if (cached != null) return cached;
        int end = start + o;
        int limit = start + len;
        while (end < limit && data[end] != 0) end++;
        if (end == limit) {
            throw new BtfFormatException(what + ": string at offset " + off + " is not NUL-terminated inside the string section");
        }
        String s = new String(data, start + o, end - start - o, StandardCharsets.UTF_8);
        cache.put(o, s);
        return s;
    }
}
