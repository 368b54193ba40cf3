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

    /**
     * Hash of the non-empty, NUL-terminated string at {@code off}, from its bytes (no String made); -1 when the
     * string is empty or the offset or terminator is outside the section. {@link #hash(byte[])} of the same bytes.
     */
    int hashAt(long off) {
        if (off < 0 || off >= len) return -1;
        int h = 0x811c9dc5, o = start + (int) off, limit = start + len;
        if (data[o] == 0) return -1;
        for (; o < limit && data[o] != 0; o++) h = (h ^ (data[o] & 0xff)) * 0x01000193;
        return o == limit ? -1 : h & 0x7fffffff;
    }

    static int hash(byte[] s) {
        int h = 0x811c9dc5;
        for (byte c : s) h = (h ^ (c & 0xff)) * 0x01000193;
        return h & 0x7fffffff;
    }

    /** The string at {@code off} is exactly {@code s}. */
    boolean equalsAt(long off, byte[] s) {
        if (off < 0 || off + s.length >= len) return false;
        int o = start + (int) off;
        for (int i = 0; i < s.length; i++) if (data[o + i] != s[i]) return false;
        return data[o + s.length] == 0;
    }
}
