package org.schedc.control;

import java.util.SequencedMap;

/**
 * What a {@link PolicyWatch} reports. The language has no BPF-to-user event channel yet (no ring buffers), so events
 * are what user space observes by polling: the policy being enabled or leaving, and its counters moving.
 */
public sealed interface PolicyEvent {
    /** The policy became the enabled sched_ext scheduler (also the first report when it already is). */
    record Started(String ops, long enableSeq) implements PolicyEvent {}

    /** It is no longer the enabled scheduler: sched_ext's state and ops now (ejected, stopped or replaced). */
    record Stopped(String state, String ops) implements PolicyEvent {}

    /** Counters changed since the last report: totals and the change (unsigned, wrapping). */
    record Counters(SequencedMap<String, Long> total, SequencedMap<String, Long> delta) implements PolicyEvent {}

    /** Reading failed (a map went away with the policy); the watch goes on. */
    record Failed(String message) implements PolicyEvent {}
}
