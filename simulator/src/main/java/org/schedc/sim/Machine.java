package org.schedc.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The modelled sched_ext machine: CPUs with local DSQs, the global DSQ, the policy's DSQs, and the kernel's callback
 * order around them. Time advances from event to event (tick, wake-up, end of a run phase); callbacks take no
 * simulated time. See docs/simulator.md for where this is simpler than the kernel.
 */
final class Machine {
    static final long DSQ_GLOBAL = 0x8000000000000001L, DSQ_LOCAL = 0x8000000000000002L, DSQ_LOCAL_ON = 0xc000000000000000L;
    static final long SLICE_DFL = 20_000_000L, TICK = 1_000_000L;
    static final long ENQ_WAKEUP = 1, ENQ_HEAD = 1L << 4, ENQ_PREEMPT = 1L << 32, DEQ_SLEEP = 1, WAKE_TTWU = 0x8;
    static final long KICK_IDLE = 1, KICK_PREEMPT = 2;

    final class Cpu {
        final int id;
        final Dsq local;
        Task curr;
        boolean resched;
        boolean idle = true;

        Cpu(int id) {
            this.id = id;
            local = new Dsq(DSQ_LOCAL_ON | id, "local" + id);
        }
    }

    final Memory mem;
    final Interpreter interp;
    final SimObject obj;
    final TaskLayout layout;
    final Cpu[] cpus;
    final Dsq global = new Dsq(DSQ_GLOBAL, "global");
    final Map<Long, Dsq> dsqs = new TreeMap<>();
    final List<Task> tasks = new ArrayList<>();
    final Map<Long, Task> taskByAddr = new java.util.HashMap<>();
    final long timeoutNs;
    final long budget;
    final Trace trace;
    long now;
    String ejected;
    long ejectedAt = -1;
    long seed;
    /** The region scx_bpf_get_idle_cpumask hands out (0 until first asked for). */
    long idleMask;
    private final long ctx, args;
    /** The callback running now (its CPU and, in select_cpu, its task): kfuncs read these. */
    Cpu current;
    String inCallback = "";
    Task selecting;
    boolean directDispatched;

    Machine(Memory mem, SimObject obj, TaskLayout layout, int ncpus, long budget, long seed, Trace trace) {
        this.mem = mem;
        this.obj = obj;
        this.layout = layout;
        this.budget = budget;
        this.seed = seed;
        this.trace = trace;
        this.interp = new Interpreter(mem);
        this.cpus = new Cpu[ncpus];
        for (int i = 0; i < ncpus; i++) cpus[i] = new Cpu(i);
        this.timeoutNs = (obj.timeoutMs == 0 ? 30_000 : obj.timeoutMs) * 1_000_000L;
        this.ctx = mem.add("callback arguments", new byte[64], false);
        this.args = mem.add("init_task/exit_task arguments", new byte[64], false);
        this.current = cpus[0];
    }

    boolean has(String cb) { return obj.callbacks.containsKey(cb); }

    /** Runs callback {@code cb} (if the policy has it) with u64 arguments, on {@code cpu}; returns r0. */
    long call(String cb, Cpu cpu, long... a) {
        SimProgram p = obj.callbacks.get(cb);
        if (p == null || ejected != null) return 0;
        for (int i = 0; i < a.length; i++) mem.store(ctx + 8L * i, 8, a[i]);
        Cpu saved = current;
        String savedCb = inCallback;
        current = cpu;
        inCallback = cb;
        try {
            return interp.run(p, ctx, budget, new Kfuncs(this));
        } finally {
            current = saved;
            inCallback = savedCb;
        }
    }

    void eject(String reason) {
        if (ejected != null) return;
        ejected = reason;
        ejectedAt = now;
    }

    Task task(long addr) {
        Task t = taskByAddr.get(addr);
        if (t == null) throw new SimError(SimError.Kind.FAULT, "0x" + Long.toHexString(addr) + " is not a task_struct");
        return t;
    }

    long slice(Task t) { return layout.scxSlice < 0 ? 0 : mem.load(t.addr + layout.scxSlice, 8); }

    void setSlice(Task t, long s) { TaskLayout.put(mem, t.addr, layout.scxSlice, 8, s); }

    long vtime(Task t) { return layout.scxVtime < 0 ? 0 : mem.load(t.addr + layout.scxVtime, 8); }

    void setVtime(Task t, long v) { TaskLayout.put(mem, t.addr, layout.scxVtime, 8, v); }

    /** SCX_TASK_QUEUED in p->scx.flags: set while the task is on a runqueue (runnable or running). */
    private void setQueued(Task t, boolean queued) {
        if (layout.scxFlags < 0) return;
        long f = mem.load(t.addr + layout.scxFlags, 4);
        TaskLayout.put(mem, t.addr, layout.scxFlags, 4, queued ? f | 1 : f & ~1L);
    }

    // ---- loading ----

    void start(List<Workload.TaskSpec> specs) {
        long r = call("init", cpus[0]);
        if ((int) r != 0) eject("ops.init() failed (" + (int) r + ")");
        long parentOf = 0;
        for (int i = 0; i < specs.size() && ejected == null; i++) {
            Workload.TaskSpec s = specs.get(i);
            long parent = s.parentComm() == null ? 0 : layout.create(mem, 900 + i, 900 + i, s.parentComm(), 0, cpus.length, 0, 0);
            long addr = layout.create(mem, 1000 + i, 1000 + i, s.comm(), s.nice(), cpus.length, parent, 1000);
            Task t = new Task(i, s, addr);
            t.cpu = i % cpus.length;
            tasks.add(t);
            taskByAddr.put(addr, t);
            setSlice(t, SLICE_DFL);
            long rc = call("init_task", cpus[0], addr, args);
            if ((int) rc != 0) { eject("ops.init_task() failed for " + t.label() + " (" + (int) rc + ")"); break; }
            call("enable", cpus[0], addr);
            t.state = Task.State.SLEEPING;
            t.wakeAt = s.delayNs();
            t.runLeft = s.phases().getFirst().runNs();
        }
    }

    // ---- the event loop ----

    void run(long endNs, Progress progress) {
        long nextTick = TICK;
        while (ejected == null && now < endNs) {
            long next = Math.min(nextTick, endNs);
            for (Task t : tasks) {
                if (t.state == Task.State.SLEEPING && t.wakeAt < next) next = Math.max(now, t.wakeAt);
                if (t.state == Task.State.RUNNING && now + t.runLeft < next) next = now + t.runLeft;
            }
            advance(next);
            for (Cpu c : cpus) {
                Task t = c.curr;
                if (t != null && t.runLeft <= 0) sleep(c, t);
            }
            for (Task t : tasks) if (t.state == Task.State.SLEEPING && t.wakeAt <= now) wake(t);
            if (now == nextTick) {
                for (Cpu c : cpus) tick(c);
                watchdog();
                nextTick += TICK;
                progress.at(now);
            }
            for (Cpu c : cpus) if (ejected == null && (c.resched || c.curr == null && hasWork(c))) schedule(c);
        }
        for (Cpu c : cpus) if (c.curr != null) trace.slice(c.id, c.curr, now);
        if (ejected != null) call("exit", cpus[0], mem.add("scx_exit_info", new byte[256], false));
        else {
            for (Task t : tasks) { call("disable", cpus[0], t.addr); call("exit_task", cpus[0], t.addr, args); }
            call("exit", cpus[0], mem.add("scx_exit_info", new byte[256], false));
        }
    }

    private boolean hasWork(Cpu c) {
        return !c.local.isEmpty() || !global.isEmpty() || has("dispatch") && anyCustomQueued();
    }

    private boolean anyCustomQueued() {
        for (Dsq d : dsqs.values()) if (!d.isEmpty()) return true;
        return false;
    }

    private void advance(long to) {
        long d = to - now;
        if (d > 0) {
            for (Cpu c : cpus) {
                Task t = c.curr;
                if (t == null) continue;
                t.runLeft -= d;
                t.runtime += d;
                long s = slice(t);
                setSlice(t, s > d ? s - d : 0);
            }
        }
        now = to;
    }

    private void tick(Cpu c) {
        Task t = c.curr;
        if (t == null) return;
        call("tick", c, t.addr);
        if (slice(t) == 0) c.resched = true;
    }

    private void watchdog() {
        for (Task t : tasks) {
            if (t.state == Task.State.RUNNABLE && now - t.runnableSince > timeoutNs) {
                long ms = (now - t.runnableSince) / 1_000_000;
                eject("runnable task stall (" + t.label() + " failed to run for " + ms / 1000 + "." + String.format("%03d", ms % 1000) + "s)");
                return;
            }
        }
    }

    /** The running task's run phase ended: it sleeps (stopping, quiescent) or, after its last loop, exits. */
    private void sleep(Cpu c, Task t) {
        setQueued(t, false);
        call("stopping", c, t.addr, 0);
        call("quiescent", c, t.addr, DEQ_SLEEP);
        trace.slice(c.id, t, now);
        c.curr = null;
        c.resched = true;
        Workload.Phase ph = t.spec().phases().get(t.phase);
        t.phase++;
        if (t.phase == t.spec().phases().size()) {
            t.phase = 0;
            t.loopsDone++;
        }
        if (t.spec().loops() >= 0 && t.loopsDone >= t.spec().loops()) {
            t.state = Task.State.DONE;
            call("disable", c, t.addr);
            call("exit_task", c, t.addr, args);
            return;
        }
        t.state = Task.State.SLEEPING;
        t.wakeAt = now + ph.sleepNs();
        t.runLeft = t.spec().phases().get(t.phase).runNs();
        if (ph.sleepNs() == 0) wake(t);
    }

    /** A task becomes runnable: runnable, select_cpu (or the default selection), enqueue unless directly dispatched. */
    private void wake(Task t) {
        t.state = Task.State.RUNNABLE;
        t.runnableSince = now;
        setQueued(t, true);
        Cpu prev = cpus[t.cpu];
        call("runnable", prev, t.addr, ENQ_WAKEUP);
        directDispatched = false;
        int target;
        if (has("select_cpu")) {
            selecting = t;
            target = (int) call("select_cpu", prev, t.addr, t.cpu, WAKE_TTWU);
            selecting = null;
            if (target < 0 || target >= cpus.length) target = t.cpu; // the kernel falls back to a valid CPU
        } else {
            Kfuncs.Pick pick = Kfuncs.selectDfl(this, t.cpu);
            target = pick.cpu();
            if (pick.idle()) { setSlice(t, SLICE_DFL); cpus[target].local.addTail(t); directDispatched = true; }
        }
        if (target != t.cpu) t.migrations++;
        t.cpu = target;
        if (!directDispatched) enqueue(t, ENQ_WAKEUP);
        if (cpus[target].curr == null) cpus[target].resched = true;
    }

    void enqueue(Task t, long flags) {
        if (has("enqueue")) call("enqueue", cpus[t.cpu], t.addr, flags);
        else { global.addTail(t); }
    }

    /**
     * The kernel's balance and pick: a running task with slice left keeps the CPU; else local, then global, then
     * ops.dispatch(cpu, prev) with prev still on the CPU; when nothing turns up a still-runnable prev keeps running
     * with a refilled slice. A prev that is switched out goes to the head of the local DSQ if it had slice left
     * (preempted), else through ops.enqueue.
     */
    private void schedule(Cpu c) {
        c.resched = false;
        Task prev = c.curr;
        if (prev != null && slice(prev) > 0 && c.local.isEmpty()) return;
        Task next = c.local.poll();
        if (next == null) next = global.poll();
        if (next == null && has("dispatch")) {
            call("dispatch", c, c.id, prev == null ? 0 : prev.addr);
            next = c.local.poll();
            if (next == null) next = global.poll();
        }
        if (ejected != null) return;
        if (next == null && prev != null) {
            if (slice(prev) == 0) setSlice(prev, SLICE_DFL);
            return;
        }
        if (prev != null) {
            call("stopping", c, prev.addr, 1);
            trace.slice(c.id, prev, now);
            c.curr = null;
            prev.state = Task.State.RUNNABLE;
            prev.runnableSince = now;
            if (slice(prev) > 0) c.local.addHead(prev);
            else enqueue(prev, 0);
        }
        if (next == null) {
            if (!c.idle) { c.idle = true; call("update_idle", c, c.id, 1); }
            return;
        }
        c.idle = false;
        if (next.cpu != c.id) next.migrations++;
        next.cpu = c.id;
        long wait = now - next.runnableSince;
        next.waitSamples.add(wait);
        next.maxWait = Math.max(next.maxWait, wait);
        next.switches++;
        next.state = Task.State.RUNNING;
        c.curr = next;
        trace.begin(c.id, next, now);
        call("running", c, next.addr);
    }

    /** dsq_insert / dispatch: puts {@code t} on the DSQ {@code id}; a local DSQ's idle CPU gets rescheduled. */
    void insert(Task t, long id, long slice, long flags, boolean byVtime, long vtime) {
        if (t.state == Task.State.RUNNING && inCallback.equals("dispatch")) return; // a task on a CPU is not re-queued from dispatch
        if (t.queuedIn != null) t.queuedIn.remove(t);
        if (slice != 0) setSlice(t, slice);
        if (selecting == t) directDispatched = true;
        Cpu local = null;
        if (id == DSQ_LOCAL) local = inCallback.equals("dispatch") ? current : cpus[t.cpu];
        else if ((id & DSQ_LOCAL_ON) == DSQ_LOCAL_ON) {
            int c = (int) (id & 0xffff_ffffL);
            if (c >= cpus.length) { eject("invalid CPU " + c + " in SCX_DSQ_LOCAL_ON"); return; }
            local = cpus[c];
        }
        Dsq d = local != null ? local.local : id == DSQ_GLOBAL ? global : dsqs.get(id);
        if (d == null) { eject("non-existent DSQ 0x" + Long.toHexString(id) + " for " + t.label()); return; }
        if (byVtime) { setVtime(t, vtime); d.addVtime(t, vtime); }
        else if ((flags & ENQ_HEAD) != 0) d.addHead(t);
        else d.addTail(t);
        if (local != null) {
            if (local.curr == null) local.resched = true;
            if ((flags & ENQ_PREEMPT) != 0 && local.curr != null) { setSlice(local.curr, 0); local.resched = true; }
        }
    }

    void kick(int cpu, long flags) {
        if (cpu < 0 || cpu >= cpus.length) return;
        Cpu c = cpus[cpu];
        if ((flags & KICK_PREEMPT) != 0 && c.curr != null) setSlice(c.curr, 0);
        c.resched = true;
    }

    /** Progress of a long run: called on each tick with the simulated time. */
    interface Progress {
        void at(long nowNs);
    }
}
