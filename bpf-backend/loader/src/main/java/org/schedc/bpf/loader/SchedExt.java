package org.schedc.bpf.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** sched_ext's state as the kernel shows it in sysfs ({@code /sys/kernel/sched_ext}). */
public record SchedExt(String state, String ops, long enableSeq) {
    public static final Path DIR = Path.of("/sys/kernel/sched_ext");

    /** {@code state} "enabled", "disabled", "enabling", "disabling"; ops "" when none; "absent" without sched_ext. */
    public static SchedExt read(Path dir) {
        if (!Files.isDirectory(dir)) return new SchedExt("absent", "", 0);
        String seq = first(dir.resolve("enable_seq"));
        long n;
        try {
            n = seq.isEmpty() ? 0 : Long.parseLong(seq);
        } catch (NumberFormatException e) {
            n = 0;
        }
        return new SchedExt(first(dir.resolve("state")), first(dir.resolve("root/ops")), n);
    }

    public static SchedExt read() {
        return read(DIR);
    }

    /** Polls until {@code ops} is enabled or {@code millis} pass; the state last read. */
    public static SchedExt awaitEnabled(String ops, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        SchedExt s = read();
        while (!(s.enabled() && s.ops().equals(ops)) && System.nanoTime() < end) {
            Thread.sleep(5);
            s = read();
        }
        return s;
    }

    public boolean enabled() {
        return state.equals("enabled");
    }

    private static String first(Path p) {
        try {
            String s = Files.readString(p).strip();
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        } catch (IOException e) {
            return "";
        }
    }
}
