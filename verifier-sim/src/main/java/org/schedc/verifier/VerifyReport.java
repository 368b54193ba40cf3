package org.schedc.verifier;

import java.util.List;

/** Verdicts for every program of one object against one kernel. */
public record VerifyReport(String kernel, List<ProgramVerdict> programs) {
    public VerifyReport {
        programs = List.copyOf(programs);
    }

    public boolean accepted() { return programs.stream().allMatch(ProgramVerdict::accepted); }

    public List<ProgramVerdict> rejected() { return programs.stream().filter(p -> !p.accepted()).toList(); }
}
