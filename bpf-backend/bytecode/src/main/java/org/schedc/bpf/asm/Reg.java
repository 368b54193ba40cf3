package org.schedc.bpf.asm;

/** The eleven eBPF registers; R10 is the read-only frame pointer. */
public enum Reg {
    R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10;

    private static final Reg[] ALL = values();

    public int num() {
        return ordinal();
    }

    public static boolean isValid(int num) {
        return num >= 0 && num < ALL.length;
    }

    public static Reg of(int num) {
        if (!isValid(num)) throw new IllegalArgumentException("no register r" + num);
        return ALL[num];
    }
}
