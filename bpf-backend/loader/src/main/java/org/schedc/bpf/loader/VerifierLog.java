package org.schedc.bpf.loader;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schedc.bpf.link.SourceLocation;
import org.schedc.bpf.sys.Loading;

/**
 * A program the kernel refused, explained at the DSL source: the verifier log names the failing instruction
 * ("N: (opcode) ...") and then the reason; line info maps that instruction to file:line:col. The kernel already
 * prints "; source @ file:line" lines in the log because the program was loaded with line_info.
 */
final class VerifierLog {
    private static final Pattern INSN = Pattern.compile("^(\\d+): \\(");

    private VerifierLog() {}

    static LoadException rejection(String object, LoadPlan.Program p, Loading.LoadFailure f) {
        String what = "program " + p.linked().symbol() + " (sched_ext_ops." + p.member() + ")";
        if (f.isPermission()) return new LoadException("E0908", LoadException.IO, f.getMessage(), "");
        String log = f.log();
        int pc = -1;
        String reason = "";
        String[] lines = log.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = INSN.matcher(lines[i]);
            if (m.find()) {
                pc = Integer.parseInt(m.group(1));
                reason = "";
                for (int j = i + 1; j < lines.length && reason.isEmpty(); j++) {
                    if (!lines[j].isBlank() && !lines[j].startsWith(";") && !INSN.matcher(lines[j]).find()) reason = lines[j].trim();
                }
            }
        }
        if (reason.isEmpty()) {
            for (int i = lines.length - 1; i >= 0 && reason.isEmpty(); i--) {
                if (!lines[i].isBlank() && !lines[i].startsWith("processed ") && !lines[i].startsWith("verification time")) reason = lines[i].trim();
            }
        }
        SourceLocation at = pc >= 0 ? p.linked().sourceAt(pc) : null;
        String where = pc < 0 ? "" : " at instruction " + pc + (at == null ? "" : " (" + at + ")");
        String msg = object + ": the kernel rejected " + what + where + ": " + (reason.isEmpty() ? f.getMessage() : reason);
        return new LoadException("E0914", LoadException.INPUT, msg, log);
    }
}
