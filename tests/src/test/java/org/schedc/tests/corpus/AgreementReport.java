package org.schedc.tests.corpus;

import java.util.List;
import java.util.Locale;

/** The markdown report of a corpus run (tests/target/corpus-report.md). */
final class AgreementReport {
    private AgreementReport() {}

    static String render(List<Agreement> perKernel) {
        StringBuilder sb = new StringBuilder("# verifier-sim vs. real kernels\n\n");
        sb.append("| kernel | objects | kernel accepts | agreement | false accepts | false rejects | insn index match (rejections) | sim median | sim p95 |\n");
        sb.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Agreement a : perKernel) {
            long[] t = a.sortedMicros();
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f%% (%d) | %d | %d | %.1f%% of %d | %.2f ms | %.2f ms |%n",
                    a.kernel(), a.rows().size(), a.rows().stream().filter(r -> r.kernel().accepted()).count(),
                    a.agreementPercent(), a.agreeing(), a.falseAccepts().size(), a.falseRejects().size(),
                    a.indexMatchPercent(), a.indexComparable().size(),
                    Agreement.percentile(t, 50) / 1000.0, Agreement.percentile(t, 95) / 1000.0));
        }
        if (!perKernel.isEmpty()) {
            sb.append("\n## By class\n\n| class | objects | kernel rejects | agreement |");
            perKernel.forEach(a -> sb.append(' ').append(a.kernel()).append(" |"));
            sb.append("\n| --- | --- | --- |");
            perKernel.forEach(a -> sb.append(" --- |"));
            sb.append('\n');
            Agreement first = perKernel.getFirst();
            for (String cls : first.classes()) {
                var rows = first.rows().stream().filter(r -> r.object().ruleClass().equals(cls)).toList();
                sb.append("| ").append(cls).append(" | ").append(rows.size()).append(" | ")
                        .append(rows.stream().filter(r -> !r.kernel().accepted()).count()).append(" |");
                for (Agreement a : perKernel) {
                    var rs = a.rows().stream().filter(r -> r.object().ruleClass().equals(cls)).toList();
                    sb.append(' ').append(rs.stream().filter(Agreement.Row::agrees).count()).append('/').append(rs.size()).append(" |");
                }
                sb.append('\n');
            }
        }
        for (Agreement a : perKernel) {
            section(sb, "False accepts on " + a.kernel() + " (must be none)", a.falseAccepts());
            section(sb, "False rejects on " + a.kernel(), a.falseRejects());
            section(sb, "Instruction index differs on " + a.kernel(), a.indexMismatches());
        }
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, List<Agreement.Row> rows) {
        sb.append("\n## ").append(title).append(" (").append(rows.size()).append(")\n");
        for (Agreement.Row r : rows) {
            sb.append("- `").append(r.object().name()).append("`: kernel ")
                    .append(r.kernel().accepted() ? "accept" : "reject at " + r.kernel().failingInsn() + ": " + r.kernel().message())
                    .append("; sim ").append(r.sim().accepted() ? "accept" : "reject at " + r.sim().insnIndex() + ": " + r.sim().message() + " [" + r.sim().rule() + "]")
                    .append('\n');
        }
    }
}
