package org.schedc.kernel;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What one kernel said about one object: the load, the scheduler state around the
 * workload, the kernel's sched_ext log lines and the loader/verifier log.
 *
 * @param registered    bpftool struct_ops register exited 0
 * @param stateAfterLoad /sys/kernel/sched_ext/state right after register
 * @param ops           /sys/kernel/sched_ext/root/ops after register ("-" when absent)
 * @param stateAfterWorkload state after the workload ("-" when no workload ran)
 * @param schedExtLog   dmesg lines mentioning sched_ext, from load to detach
 * @param programs      per program, verifier's processed-insns count
 * @param verifierError the verifier's (or libbpf's) error message when the load failed, else null
 * @param failingInsn   index of the instruction the verifier stopped at, else null
 * @param loaderLog     bpftool -d output (bounded in size by the guest)
 */
public record ObjectVerdict(
        String name,
        String sha256,
        boolean registered,
        String stateAfterLoad,
        String ops,
        String stateAfterWorkload,
        int workersDone,
        int workersTotal,
        List<String> schedExtLog,
        List<ProgramStat> programs,
        String verifierError,
        Integer failingInsn,
        String loaderLog) {

    // Lines the kernel prints for every healthy load/unload; everything else that
    // looks like a failure is reported by schedExtErrors().
    private static final Pattern BENIGN = Pattern.compile(
            "BPF scheduler \"[^\"]*\" (enabled|disabled \\(unregistered from user space\\))\\s*$");
    private static final Pattern TROUBLE = Pattern.compile(
            "(?i)error|fail|stall|invalid|disabled \\(|eject|abort|warn");

    public ObjectVerdict {
        schedExtLog = List.copyOf(schedExtLog);
        programs = List.copyOf(programs);
    }

    /** The kernel loaded and attached the object (bpftool succeeded and sched_ext enabled it). */
    public boolean accepted() {
        return registered && "enabled".equals(stateAfterLoad);
    }

    /** Accepted, stayed enabled through the workload, every worker finished, and no sched_ext error was logged. */
    public boolean ranEnabled() {
        return accepted()
                && "enabled".equals(stateAfterWorkload)
                && workersTotal > 0
                && workersDone == workersTotal
                && schedExtErrors().isEmpty();
    }

    /** sched_ext kernel log lines that indicate trouble (runtime error, stall, failed init, ejection). */
    public List<String> schedExtErrors() {
        return schedExtLog.stream()
                .filter(line -> !BENIGN.matcher(line).find())
                .filter(line -> TROUBLE.matcher(line).find())
                .toList();
    }

    /** One-line summary for test messages. */
    public String summary() {
        return "%s: registered=%s state=%s ops=%s after-workload=%s workers=%d/%d%s%s".formatted(
                name, registered, stateAfterLoad, ops, stateAfterWorkload, workersDone, workersTotal,
                verifierError == null ? "" : " error=\"" + verifierError + "\"",
                failingInsn == null ? "" : " at insn " + failingInsn);
    }
}
