package org.schedc.verifier;

import org.schedc.bpf.link.*;
import java.util.List;

/**
 * The predicted verdict for one program. {@code insnIndex} counts 8-byte slots from the program start (subprograms
 * appended after it, as libbpf does); -1 when accepted. {@code source} is null when unknown. {@code trace} holds the
 * last abstract states along the failing path when {@link Options#verbose()}.
 */
public record ProgramVerdict(String section, String symbol, boolean accepted, int insnIndex, String ruleId, String message,
        SourceLocation source, long processedInsns, List<String> trace) {
    public ProgramVerdict {
        trace = List.copyOf(trace);
    }

    /** Plain-language explanation of {@link #ruleId()}, empty when accepted. */
    public String explanation() {
        for (Rule r : Rule.values()) if (r.id().equals(ruleId)) return r.explanation();
        return "";
    }

    /** One line, kernel-log style: "struct_ops/enqueue: insn 4: calling kernel function ... [kfunc-not-allowed] (f.sched:3:5)". */
    public String summary() {
        if (accepted) return section + ": accepted (" + processedInsns + " insns processed)";
        return section + ": insn " + insnIndex + ": " + message + " [" + ruleId + "]" + (source != null ? " (" + source + ")" : "");
    }
}
