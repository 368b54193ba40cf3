package org.schedc.bpf.sys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;

/**
 * The number of possible CPUs, which sizes per-CPU map values: the kernel copies one value slot (value size rounded
 * up to 8) per possible CPU, in CPU order, so the count is the number of CPUs in the possible mask.
 */
public final class PossibleCpus {
    public static final Path SYSFS = Path.of("/sys/devices/system/cpu/possible");

    private PossibleCpus() {
    }

    /** Reads {@link #SYSFS}. */
    public static int count() throws BpfException {
        try {
            return parse(Files.readString(SYSFS));
        } catch (IOException e) {
            throw new BpfException(0, "cannot read " + SYSFS + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BpfException(0, SYSFS + ": " + e.getMessage());
        }
    }

    /** Parses a kernel CPU list ("0", "0-3", "0-3,8-11", trailing newline allowed) and counts its CPUs. */
    public static int parse(String list) {
        String text = list.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty CPU list");
        }
        BitSet cpus = new BitSet();
        for (String part : text.split(",", -1)) {
            int dash = part.indexOf('-');
            int lo = number(dash < 0 ? part : part.substring(0, dash), list);
            int hi = dash < 0 ? lo : number(part.substring(dash + 1), list);
            if (hi < lo) {
                throw new IllegalArgumentException("bad CPU range '" + part + "' in '" + text + "'");
            }
            cpus.set(lo, hi + 1);
        }
        return cpus.cardinality();
    }

    private static final int MAX_CPUS = 1 << 16;

    private static int number(String s, String list) {
        if (s.isEmpty() || s.length() > 6 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("bad CPU number '" + s + "' in '" + list.strip() + "'");
        }
        int n = Integer.parseInt(s);
        if (n >= MAX_CPUS) {
            throw new IllegalArgumentException("CPU number " + n + " out of range in '" + list.strip() + "'");
        }
        return n;
    }

    /** Bytes of one CPU's slot in a per-CPU value buffer. */
    public static int slotSize(int valueSize) {
        return (valueSize + 7) & ~7;
    }
}
