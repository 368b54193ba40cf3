package org.schedc.verifier;

import org.schedc.bpf.link.*;

/** Plain-text rendering of a report (CLI output, golden files): one summary line per program, then why and how. */
public final class ReportText {
    private ReportText() {}

    public static String format(VerifyReport report, boolean withTrace) {
        StringBuilder b = new StringBuilder("kernel ").append(report.kernel()).append(": ")
                .append(report.accepted() ? "accepted" : "rejected").append('\n');
        for (ProgramVerdict v : report.programs()) {
            b.append("  ").append(v.summary()).append('\n');
            if (v.accepted()) continue;
            b.append("    why: ").append(v.explanation()).append('\n');
            if (v.source() != null && !v.source().lineText().isBlank()) b.append("    source: ").append(v.source().lineText().strip()).append('\n');
            if (withTrace) for (String t : v.trace()) b.append("    | ").append(t).append('\n');
        }
        for (SkippedProgram sk : report.skipped()) b.append("  ").append(sk.summary()).append('\n');
        return b.toString();
    }
}
