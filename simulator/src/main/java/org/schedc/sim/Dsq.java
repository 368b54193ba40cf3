package org.schedc.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * A dispatch queue: FIFO, or ordered by vtime (ties in insertion order, as the kernel's rbtree with its sequence).
 * Lists are short in the workloads this models, so a sorted insert is enough.
 */
final class Dsq {
    final long id;
    final String name;
    private final List<Task> tasks = new ArrayList<>();
    private final List<Long> vtimes = new ArrayList<>();

    Dsq(long id, String name) {
        this.id = id;
        this.name = name;
    }

    void addTail(Task t) { tasks.add(t); vtimes.add(Long.MIN_VALUE); t.queuedIn = this; }

    void addHead(Task t) { tasks.addFirst(t); vtimes.addFirst(Long.MIN_VALUE); t.queuedIn = this; }

    void addVtime(Task t, long vtime) {
        int i = 0;
        while (i < tasks.size() && vtimes.get(i) - vtime <= 0) i++; // wrap-safe comparison, like time_before64
        tasks.add(i, t);
        vtimes.add(i, vtime);
        t.queuedIn = this;
    }

    Task poll() {
        if (tasks.isEmpty()) return null;
        vtimes.removeFirst();
        Task t = tasks.removeFirst();
        t.queuedIn = null;
        return t;
    }

    void remove(Task t) {
        int i = tasks.indexOf(t);
        if (i >= 0) { tasks.remove(i); vtimes.remove(i); }
        t.queuedIn = null;
    }

    int size() { return tasks.size(); }

    boolean isEmpty() { return tasks.isEmpty(); }
}
