package org.schedc.bpf.asm;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.insn.InsnDecodeException;

/**
 * Text dump of a function, one instruction per line ({@code "%4d: text"}, slot index first). The format is stable
 * (golden files depend on it) and documented in the module README. Never fails on unknown opcodes.
 */
public final class Disassembler {
    private Disassembler() {}

    /** Uses relocations to print symbol names; no source comments. */
    public static String disassemble(BpfFunction f) {
        return render(f, null);
    }

    /**
     * Like {@link #disassemble(BpfFunction)}, with a {@code ; <source text> [line:col]} comment before the first
     * instruction of each new source line; {@code sourceLineForLine} maps a line number to its text (null allowed).
     */
    public static String disassemble(BpfFunction f, IntFunction<String> sourceLineForLine) {
        return render(f, sourceLineForLine);
    }

    /** Raw bytes without relocations; the length must be a multiple of 8. */
    public static String disassemble(byte[] code) {
        if (code.length % Insn.SIZE != 0) {
            throw new InsnDecodeException("code length " + code.length + " is not a multiple of 8");
        }
        return render(BpfFunction.ofCode("", code), null);
    }

    private static String render(BpfFunction f, IntFunction<String> sourceLineForLine) {
        DecodedFunction decoded = new DecodedFunction(f);
        Map<Integer, LineEntry> lines = new HashMap<>();
        for (LineEntry l : f.lines()) lines.put(l.slot(), l);
        Map<Integer, CoreRelocation> cores = new HashMap<>();
        for (CoreRelocation c : f.coreRelocations()) cores.putIfAbsent(c.slot(), c);

        StringBuilder out = new StringBuilder();
        int lastLine = Integer.MIN_VALUE;
        for (DecodedFunction.Entry e : decoded.entries()) {
            Integer label = decoded.labelAt(e.slot());
            if (label != null) out.append('L').append(label).append(":\n");
            LineEntry line = lines.get(e.slot());
            if (sourceLineForLine != null && line != null && line.line() != lastLine) {
                lastLine = line.line();
                out.append(sourceComment(line, sourceLineForLine.apply(line.line())));
            }
            out.append(String.format(Locale.ROOT, "%4d: ", e.slot()))
                    .append(InstructionFormatter.format(e.instruction(), decoded.targetLabel(e)));
            CoreRelocation core = cores.get(e.slot());
            if (core != null) {
                out.append(" ; CO-RE ").append(core.kind().mnemonic()).append(' ')
                        .append(core.rootTypeId()).append(':').append(core.accessString());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String sourceComment(LineEntry line, String text) {
        String position = "[" + line.line() + ":" + line.column() + "]";
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? "; " + position + "\n" : "; " + stripped + " " + position + "\n";
    }

    /** Convenience for tests and tools: the decoded instructions of {@code f} with their slots. */
    public static List<Map.Entry<Integer, Instruction>> instructions(BpfFunction f) {
        return new DecodedFunction(f).entries().stream()
                .map(e -> Map.entry(e.slot(), e.instruction())).toList();
    }
}
