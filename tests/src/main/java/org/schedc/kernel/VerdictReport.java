package org.schedc.kernel;

import java.util.stream.Collectors;

/** Human-readable summary of a batch (also the golden-file format of the parser tests). */
public final class VerdictReport {
    private VerdictReport() {
    }

    public static String render(BatchResult batch) {
        var sb = new StringBuilder();
        sb.append("kernel ").append(batch.kernel()).append(" (").append(batch.guestRelease()).append(")")
                .append(batch.complete() ? "" : " INCOMPLETE")
                .append(batch.failure() == null ? "" : " failure: " + batch.failure()).append('\n');
        for (ObjectRun run : batch.runs()) {
            ObjectVerdict v = run.verdict();
            sb.append("object ").append(v.name()).append('\n')
              .append("  accepted=").append(v.accepted()).append(" ranEnabled=").append(v.ranEnabled()).append('\n')
              .append("  registered=").append(v.registered()).append(" state=").append(v.stateAfterLoad())
              .append(" ops=").append(v.ops()).append(" afterWorkload=").append(v.stateAfterWorkload())
              .append(" workers=").append(v.workersDone()).append('/').append(v.workersTotal())
              .append(" detach=").append(run.detachState()).append('\n');
            sb.append("  programs=").append(v.programs().stream()
                    .map(p -> p.name() + ":" + p.processedInsns()).collect(Collectors.joining(",", "[", "]"))).append('\n');
            if (v.verifierError() != null) {
                sb.append("  error=").append(v.verifierError()).append(" insn=").append(v.failingInsn()).append('\n');
            }
            sb.append("  schedExtErrors=").append(v.schedExtErrors()).append('\n');
            sb.append("  logTruncated=").append(run.logTruncated()).append(" expect=").append(run.expect()).append('\n');
        }
        return sb.toString();
    }
}
