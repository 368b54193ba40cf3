package org.schedc.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A fuzzing campaign: inputs made from consecutive seeds are run one at a time, each bounded in time on its own
 * thread (a hang is a finding, not a stuck build), until an input count or a time budget is spent. CI runs every
 * campaign with a fixed time budget ({@code -Dcampaign.seconds}, default {@value #DEFAULT_SECONDS}); a long run
 * for the numbers sets {@code -Dcampaign.inputs=10000 -Dcampaign.seconds=0} (no time limit). The first seed is
 * {@code -Dcampaign.seed} (default: the day's date), so a finding is reproduced by its seed. Writes
 * {@code target/campaigns/NAME.md}.
 */
public final class Campaign {
    static final int DEFAULT_SECONDS = 40;
    /** The bound for one compile's verifier time; inputs over it are counted (on a shared machine, an upper bound). */
    public static final long SLOW_MS = 2_000;

    public enum Outcome {
        /** The tool did its job on the input (compiled, formatted, verified). */
        ACCEPTED,
        /** The tool refused the input the documented way: a diagnostic or message and exit 1 or 2. */
        REFUSED,
        /** Exit 3, a stack trace, an exception escaping, exit 1 without a diagnostic, a file left behind. */
        CRASH,
        /** No answer within the per-input bound. */
        HANG
    }

    /** What one input did; {@code detail} says why for anything but ACCEPTED/REFUSED. */
    public record Result(Outcome outcome, String detail) {
        public static Result of(Outcome o) { return new Result(o, ""); }
    }

    @FunctionalInterface
    public interface Trial {
        Result run(long seed) throws Exception;
    }

    public record Finding(long seed, Result result) {}

    /**
     * {@code slow}: inputs that took longer than {@link #SLOW_MS}; {@code reasons}: how often each refusal reason
     * (a result's detail, e.g. a diagnostic code) occurred.
     */
    public record Report(String name, int inputs, Map<Outcome, Integer> counts, List<Finding> findings, Duration elapsed, long slowestMs, long slowestSeed,
                         int slow, Map<String, Integer> reasons) {
        public int count(Outcome o) { return counts.getOrDefault(o, 0); }

        String markdown() {
            StringBuilder s = new StringBuilder("# Campaign: ").append(name).append("\n\n")
                    .append("| inputs | accepted | refused with a reason | crashes | hangs | over 2 s | elapsed | slowest input |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
                    .append(String.format("| %d | %d | %d | %d | %d | %d | %.1f s | %d ms (seed %d) |%n", inputs, count(Outcome.ACCEPTED), count(Outcome.REFUSED),
                            count(Outcome.CRASH), count(Outcome.HANG), slow, elapsed.toMillis() / 1000.0, slowestMs, slowestSeed));
            if (!reasons.isEmpty()) {
                s.append("\nRefusal reasons: ");
                reasons.forEach((k, v) -> s.append(k).append(" ×").append(v).append("; "));
                s.append('\n');
            }
            if (!findings.isEmpty()) {
                s.append("\n## Findings (first ").append(findings.size()).append(")\n\n");
                for (Finding f : findings) s.append("- seed ").append(f.seed()).append(": ").append(f.result().outcome()).append(": ").append(f.result().detail().replace("\n", "\n  ")).append('\n');
            }
            return s.toString();
        }

        public String summary() {
            return String.format("campaign %s: %d inputs in %.1f s: %d accepted, %d refused with a reason %s, %d crashes, %d hangs, %d over 2 s", name, inputs,
                    elapsed.toMillis() / 1000.0, count(Outcome.ACCEPTED), count(Outcome.REFUSED), reasons, count(Outcome.CRASH), count(Outcome.HANG), slow);
        }
    }

    private Campaign() {}

    public static Report run(String name, Duration perInput, Trial trial) {
        int maxInputs = Integer.getInteger("campaign.inputs", Integer.MAX_VALUE);
        long seconds = Long.getLong("campaign.seconds", DEFAULT_SECONDS);
        long firstSeed = Long.getLong("campaign.seed", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toEpochDay() * 1_000_000L);
        long deadline = seconds <= 0 ? Long.MAX_VALUE : System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        Map<String, Integer> reasons = new java.util.TreeMap<>();
        int slow = 0;
        List<Finding> findings = new ArrayList<>();
        long start = System.nanoTime(), slowest = -1, slowestSeed = firstSeed;
        ExecutorService worker = newWorker();
        int n = 0;
        for (long seed = firstSeed; n < maxInputs && System.nanoTime() < deadline; seed++, n++) {
            long t0 = System.nanoTime();
            Result r = runOne(worker, trial, seed, perInput);
            if (r.outcome() == Outcome.HANG) {
                worker.shutdownNow(); // the stuck thread is a daemon and abandoned; the next input gets a fresh one
                worker = newWorker();
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms > slowest) { slowest = ms; slowestSeed = seed; }
            if (ms > SLOW_MS) slow++;
            if (r.outcome() == Outcome.REFUSED && !r.detail().isEmpty()) reasons.merge(r.detail(), 1, Integer::sum);
            counts.merge(r.outcome(), 1, Integer::sum);
            if ((r.outcome() == Outcome.CRASH || r.outcome() == Outcome.HANG) && findings.size() < 20) findings.add(new Finding(seed, r));
            if (n > 0 && n % 1000 == 0) System.out.printf("campaign %s: %d inputs, %.0f s%n", name, n, (System.nanoTime() - start) / 1e9);
        }
        worker.shutdownNow();
        Report report = new Report(name, n, counts, findings, Duration.ofNanos(System.nanoTime() - start), slowest, slowestSeed, slow, reasons);
        write(report);
        System.out.println(report.summary());
        return report;
    }

    private static Result runOne(ExecutorService worker, Trial trial, long seed, Duration bound) {
        Future<Result> f = worker.submit(() -> trial.run(seed));
        try {
            return f.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return new Result(Outcome.HANG, "no answer within " + bound.toSeconds() + " s");
        } catch (java.util.concurrent.ExecutionException e) {
            return new Result(Outcome.CRASH, "the trial threw " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "campaign-input");
            t.setDaemon(true);
            return t;
        });
    }

    private static void write(Report r) {
        try {
            Path dir = Path.of("target", "campaigns");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(r.name() + ".md"), r.markdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
