package org.schedc.bpf.btf;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The types of a {@link BtfReader#readLazy} BTF: decoded from the raw bytes when first asked for, then kept. The
 * name index is built on the first lookup by hashing the name bytes in the string section (open addressing, linear
 * probing, inserted by increasing id so a probe run meets equal names in id order), never making a String per type.
 * Synchronized: the string cache it shares with the reader is not thread-safe.
 */
final class LazyTypes extends AbstractList<BtfType> implements RandomAccess {
    interface Decoder {
        BtfType decode(int offset, int id) throws BtfFormatException;
    }

    private static final int[] NONE = new int[0];
    private final Decoder decoder;
    private final int[] offsets, nameOffsets;
    private final BtfStrings strings;
    private final BtfType[] decoded;
    private int[] slots, slotHashes; // the name index, null until the first lookup

    LazyTypes(Decoder decoder, int[] offsets, int[] nameOffsets, BtfStrings strings) {
        this.decoder = decoder;
        this.offsets = offsets;
        this.nameOffsets = nameOffsets;
        this.strings = strings;
        this.decoded = new BtfType[offsets.length];
    }

    @Override
    public int size() {
        return offsets.length;
    }

    /** @throws IllegalArgumentException when the type's bytes or references are malformed */
    @Override
    public synchronized BtfType get(int index) {
        BtfType t = decoded[index];
        if (t != null) return t;
        try {
            t = decoder.decode(offsets[index], index + 1);
        } catch (BtfFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        for (int ref : BtfTypeRefs.of(t)) {
            if (ref < 0 || ref > offsets.length) {
                throw new IllegalArgumentException("type id " + (index + 1) + " (" + t.name() + ") refers to type id "
                        + Integer.toUnsignedString(ref) + " but there are only " + offsets.length + " types");
            }
        }
        decoded[index] = t;
        return t;
    }

    /** Ids of the types named exactly {@code name}, increasing. */
    synchronized int[] idsNamed(String name) {
        if (name.isEmpty()) return NONE;
        if (slots == null) index();
        byte[] want = name.getBytes(StandardCharsets.UTF_8);
        int h = BtfStrings.hash(want), mask = slots.length - 1;
        int[] out = NONE;
        int n = 0;
        for (int s = h & mask; slots[s] != 0; s = (s + 1) & mask) {
            int id = slots[s];
            if (slotHashes[s] != h || !strings.equalsAt(Integer.toUnsignedLong(nameOffsets[id - 1]), want)) continue;
            if (n == out.length) out = Arrays.copyOf(out, Math.max(2, n * 2));
            out[n++] = id;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private void index() {
        int cap = Integer.highestOneBit(Math.max(16, offsets.length * 2 - 1)) << 1;
        slots = new int[cap];
        slotHashes = new int[cap];
        int mask = cap - 1;
        for (int i = 0; i < nameOffsets.length; i++) {
            int h = strings.hashAt(Integer.toUnsignedLong(nameOffsets[i]));
            if (h < 0) continue; // no name (or a bad offset, which decoding reports)
            int s = h & mask;
            while (slots[s] != 0) s = (s + 1) & mask;
            slots[s] = i + 1;
            slotHashes[s] = h;
        }
    }
}
