package org.schedc.bpf.loader;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schedc.bpf.sys.KernelLog;

/**
 * Why sched_ext last disabled a scheduler, from the kernel log (kernel/sched/ext.c logs
 * {@code sched_ext: BPF scheduler "NAME" disabled (REASON)}, at error level for error exits — a runtime error, an
 * {@code scx_bpf_error()}, a stall — followed by {@code sched_ext: NAME: MESSAGE}; at info level for the others:
 * unregistered from user space, by BPF, by the kernel, e.g. on CPU hotplug). {@link #parse} is pure.
 */
public record SchedExtExit(String ops, String reason, String message, boolean error, double seconds) {
    private static final Pattern LINE = Pattern.compile("^<(\\d+)>\\[\\s*([0-9]+\\.[0-9]+)\\] (.*)$");
    private static final Pattern DISABLED = Pattern.compile("^sched_ext: BPF scheduler \"(.*)\" disabled \\((.*)\\)\\s*$");
    private static final int LOG_ERR = 3;

    /** "REASON" or "REASON: MESSAGE". */
    public String describe() {
        return message.isEmpty() ? reason : reason + ": " + message;
    }

    /** The last disable of {@code ops} (null: of any scheduler) logged after {@code afterSeconds} (kernel time). */
    public static Optional<SchedExtExit> parse(String log, String ops, double afterSeconds) {
        SchedExtExit last = null;
        String[] lines = log.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher l = LINE.matcher(lines[i]);
            if (!l.matches()) continue;
            Matcher d = DISABLED.matcher(l.group(3));
            if (!d.matches() || (ops != null && !d.group(1).equals(ops))) continue;
            double t = Double.parseDouble(l.group(2));
            if (t <= afterSeconds) continue;
            boolean error = (Integer.parseInt(l.group(1)) & 7) <= LOG_ERR;
            String message = "";
            String prefix = "sched_ext: " + d.group(1) + ": ";
            if (i + 1 < lines.length) {
                Matcher next = LINE.matcher(lines[i + 1]);
                if (next.matches() && next.group(3).startsWith(prefix)) message = next.group(3).substring(prefix.length()).strip();
            }
            last = new SchedExtExit(d.group(1), d.group(2), message, error, t);
        }
        return Optional.ofNullable(last);
    }

    /** From the running kernel's log; empty when nothing matches or the log is unreadable. */
    public static Optional<SchedExtExit> last(String ops, double afterSeconds) {
        return KernelLog.readAll().flatMap(log -> parse(log, ops, afterSeconds));
    }

    /** The kernel time of the newest log record (0 when unreadable): exits logged after it are new. */
    public static double logNow() {
        String log = KernelLog.readAll().orElse("");
        double t = 0;
        for (String line : log.split("\n")) {
            Matcher l = LINE.matcher(line);
            if (l.matches()) t = Math.max(t, Double.parseDouble(l.group(2)));
        }
        return t;
    }
}
