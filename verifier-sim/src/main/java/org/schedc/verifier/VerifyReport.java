package org.schedc.verifier;

import org.schedc.bpf.link.*;
import java.util.List;

/**
 * Verdicts for every struct_ops program of one object against one kernel, and the object's other programs, which
 * are listed as skipped (fentry, syscall, tracing programs that current scx headers add beside the scheduler).
 */
public record VerifyReport(String kernel, List<ProgramVerdict> programs, List<SkippedProgram> skipped) {
    public VerifyReport {
        programs = List.copyOf(programs);
        skipped = List.copyOf(skipped);
    }

    public VerifyReport(String kernel, List<ProgramVerdict> programs) {
        this(kernel, programs, List.of());
    }

    /** True when every verified program is accepted; skipped programs are not judged. */
    public boolean accepted() { return programs.stream().allMatch(ProgramVerdict::accepted); }

    public List<ProgramVerdict> rejected() { return programs.stream().filter(p -> !p.accepted()).toList(); }
}
