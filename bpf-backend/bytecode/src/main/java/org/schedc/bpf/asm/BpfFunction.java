package org.schedc.bpf.asm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.schedc.bpf.insn.Insn;

/**
 * An encoded function: its code plus everything the object writer needs to emit relocations, line_info and
 * core_relo records. All slots are relative to the function's first instruction. Immutable; equality compares the
 * code bytes.
 */
public record BpfFunction(String name, byte[] code, List<Relocation> relocations, List<LineEntry> lines,
                          List<CoreRelocation> coreRelocations) {

    public BpfFunction {
        Objects.requireNonNull(name, "name");
        if (code.length % Insn.SIZE != 0) {
            throw new IllegalArgumentException("code length " + code.length + " of '" + name + "' is not a multiple of 8");
        }
        code = code.clone();
        relocations = List.copyOf(relocations);
        lines = List.copyOf(lines);
        coreRelocations = List.copyOf(coreRelocations);
    }

    /** A function with code only. */
    public static BpfFunction ofCode(String name, byte[] code) {
        return new BpfFunction(name, code, List.of(), List.of(), List.of());
    }

    /** A copy of the code bytes. */
    @Override
    public byte[] code() {
        return code.clone();
    }

    public int slotCount() {
        return code.length / Insn.SIZE;
    }

    public Insn insn(int slot) {
        return Insn.decode(code, slot * Insn.SIZE);
    }

    public List<Insn> insns() {
        List<Insn> out = new ArrayList<>(slotCount());
        for (int i = 0; i < slotCount(); i++) out.add(insn(i));
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BpfFunction f && name.equals(f.name) && Arrays.equals(code, f.code)
                && relocations.equals(f.relocations) && lines.equals(f.lines) && coreRelocations.equals(f.coreRelocations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(code), relocations, lines, coreRelocations);
    }

    @Override
    public String toString() {
        return "BpfFunction[" + name + ", " + slotCount() + " slots, " + relocations.size() + " relocations, "
                + lines.size() + " lines, " + coreRelocations.size() + " CO-RE relocations]";
    }
}
