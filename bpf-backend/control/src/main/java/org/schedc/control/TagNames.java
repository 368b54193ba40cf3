package org.schedc.control;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.LinkedHashMap;

/** A policy's tags as its {@code enum P_tag} declares them: name to number, in declaration (number) order. */
public record TagNames(String policy, SequencedMap<String, Long> byName) {
    public static final String NONE = "none";

    public TagNames {
        byName = new LinkedHashMap<>(byName);
    }

    /** The number of {@code name}; an input error listing the valid names when there is no such tag. */
    public long number(String name) throws PolicyMapException {
        if (NONE.equals(name)) {
            throw PolicyMapException.input("'none' is not a tag to set; use 'schedc tag clear' to untag");
        }
        Long n = byName.get(name);
        if (n == null) {
            throw PolicyMapException.input("unknown tag '" + name + "' for policy " + policy + "; valid tags: " + String.join(", ", settable()));
        }
        return n;
    }

    /** The name of tag number {@code n}, or {@code #n} for a number the enum does not declare. */
    public String name(long n) {
        for (Map.Entry<String, Long> e : byName.entrySet()) {
            if (e.getValue() == n) {
                return e.getKey();
            }
        }
        return "#" + Long.toUnsignedString(n);
    }

    /** A tag number as the map stores it: the 4-byte enum, little-endian. */
    public static byte[] encode(long number) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) number).array();
    }

    public static long decode(byte[] value) {
        return Integer.toUnsignedLong(ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN).getInt());
    }

    /** Tag names a user can set (every enumerator except {@code none}). */
    public List<String> settable() {
        return byName.keySet().stream().filter(n -> !n.equals(NONE)).toList();
    }
}
