package org.schedc.control;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import java.util.function.Consumer;
import org.schedc.bpf.loader.SchedExt;

/**
 * Polls a policy every {@code period} on a daemon thread and turns what changed into {@link PolicyEvent}s. Close it
 * to stop (it waits for the thread). {@link #step} is the pure part: one sample in, the events it causes out.
 */
public final class PolicyWatch implements AutoCloseable {
    private final Thread thread;
    private volatile boolean stop;

    private PolicyWatch(PolicyControl control, Duration period, Consumer<PolicyEvent> listener) {
        if (period.isNegative() || period.isZero()) throw new IllegalArgumentException("period must be positive: " + period);
        State state = new State();
        thread = Thread.ofPlatform().daemon().name("schedc-watch-" + control.shape().policy()).unstarted(() -> {
            while (!stop) {
                sample(control, state, listener);
                try {
                    Thread.sleep(period);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    public static PolicyWatch start(PolicyControl control, Duration period, Consumer<PolicyEvent> listener) {
        PolicyWatch w = new PolicyWatch(control, period, listener);
        w.thread.start();
        return w;
    }

    /** What the watch remembers between samples. */
    public static final class State {
        Boolean running;
        SequencedMap<String, Long> counters;
    }

    private static void sample(PolicyControl control, State state, Consumer<PolicyEvent> listener) {
        SequencedMap<String, Long> counters = null;
        String failure = null;
        if (!control.shape().counters().isEmpty()) {
            try {
                counters = control.counters();
            } catch (PolicyMapException e) {
                failure = e.getMessage();
            }
        }
        step(state, control.shape().policy(), control.schedExt(), counters, failure).forEach(listener);
    }

    /** The events one sample causes: a start/stop on a change of who is enabled, counters when any moved. */
    public static java.util.List<PolicyEvent> step(State state, String policy, SchedExt now, SequencedMap<String, Long> counters, String failure) {
        var events = new java.util.ArrayList<PolicyEvent>();
        boolean running = now.enabled() && now.ops().equals(policy);
        if (state.running == null || state.running != running) {
            events.add(running ? new PolicyEvent.Started(now.ops(), now.enableSeq()) : new PolicyEvent.Stopped(now.state(), now.ops()));
            state.running = running;
        }
        if (failure != null) events.add(new PolicyEvent.Failed(failure));
        if (counters != null) {
            var delta = new LinkedHashMap<String, Long>();
            boolean moved = state.counters == null;
            for (var e : counters.entrySet()) {
                long before = state.counters == null ? 0 : state.counters.getOrDefault(e.getKey(), 0L);
                delta.put(e.getKey(), e.getValue() - before);
                moved |= e.getValue() != before;
            }
            if (moved) events.add(new PolicyEvent.Counters(counters, delta));
            state.counters = counters;
        }
        return events;
    }

    @Override
    public void close() {
        stop = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
