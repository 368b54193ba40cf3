package org.schedc.sim;

/**
 * The BPF helpers and sched_ext kfuncs the model implements, against {@link Machine}. Anything else is an
 * UNSUPPORTED {@link SimError} (the interpreter adds the program and instruction).
 */
final class Kfuncs implements Calls {
    private static final long EEXIST = -17, EINVAL = -22, EBUSY = -16, EFAULT = -14;
    private final Machine m;

    Kfuncs(Machine m) { this.m = m; }

    record Pick(int cpu, boolean idle) {}

    private SimMap map(long handle) {
        SimMap s = m.obj.byHandle.get(handle);
        if (s == null) throw new SimError(SimError.Kind.FAULT, "0x" + Long.toHexString(handle) + " is not a map");
        return s;
    }

    @Override
    public long helper(int id, long r1, long r2, long r3, long r4, long r5) {
        return switch (id) {
            case 1 -> map(r1).lookup(r2, m.current.id);
            case 2 -> map(r1).update(r2, r3, r4, m.current.id);
            case 3 -> map(r1).delete(r2);
            case 5, 125 -> m.now; // ktime_get_ns, ktime_get_boot_ns
            case 6 -> 0; // trace_printk: output not modelled
            case 7 -> prandom();
            case 8 -> m.current.id;
            case 113 -> copy(r1, r2, r3, false); // probe_read_kernel
            case 115 -> copy(r1, r2, r3, true); // probe_read_kernel_str
            case 156 -> map(r1).taskStorage(m.task(r2).addr, r3, (r4 & 1) != 0);
            case 157 -> map(r1).taskStorageDelete(m.task(r2).addr);
            case 195 -> r3 < m.cpus.length ? map(r1).lookup(r2, (int) r3) : 0; // map_lookup_percpu_elem
            default -> throw new SimError(SimError.Kind.UNSUPPORTED, id == org.schedc.bpf.link.CoreRelocator.POISON_HELPER
                    ? "a CO-RE relocation the kernel's BTF cannot resolve (libbpf poisoned the instruction)"
                    : "BPF helper #" + id + " is not modelled by the simulator");
        };
    }

    private long prandom() {
        m.seed = m.seed * 6364136223846793005L + 1442695040888963407L; // deterministic per --seed
        return (m.seed >>> 33) & 0xffff_ffffL;
    }

    private long copy(long dst, long size, long src, boolean str) {
        int n = (int) size;
        if (n <= 0) return 0;
        try {
            byte[] b = new byte[n];
            int i = 0;
            for (; i < n; i++) {
                b[i] = (byte) m.mem.load(src + i, 1);
                if (str && b[i] == 0) break;
            }
            if (str && i == n) b[n - 1] = 0;
            m.mem.write(dst, b);
            return str ? Math.min(i + 1, n) : 0;
        } catch (SimError e) {
            m.mem.write(dst, new byte[n]); // the kernel zeroes the destination on a fault
            return EFAULT;
        }
    }

    @Override
    public long kfunc(String name, long r1, long r2, long r3, long r4, long r5) {
        return switch (name) {
            case "scx_bpf_dsq_insert", "scx_bpf_dispatch" -> { m.insert(m.task(r1), r2, r3, r4, false, 0); yield 0; }
            case "scx_bpf_dsq_insert_vtime", "scx_bpf_dispatch_vtime" -> { m.insert(m.task(r1), r2, r3, r5, true, r4); yield 0; }
            case "scx_bpf_dsq_move_to_local", "scx_bpf_consume" -> moveToLocal(r1);
            case "scx_bpf_create_dsq" -> {
                if (m.dsqs.containsKey(r1) || r1 < 0) yield r1 < 0 ? EINVAL : EEXIST;
                m.dsqs.put(r1, new Dsq(r1, "dsq " + r1));
                yield 0;
            }
            case "scx_bpf_destroy_dsq" -> { m.dsqs.remove(r1); yield 0; }
            case "scx_bpf_dsq_nr_queued" -> {
                Dsq d = r1 == Machine.DSQ_GLOBAL ? m.global : r1 == Machine.DSQ_LOCAL ? m.current.local
                        : (r1 & Machine.DSQ_LOCAL_ON) == Machine.DSQ_LOCAL_ON && (int) r1 < m.cpus.length ? m.cpus[(int) r1].local : m.dsqs.get(r1);
                yield d == null ? -2 : d.size();
            }
            case "scx_bpf_kick_cpu" -> { m.kick((int) r1, r2); yield 0; }
            case "scx_bpf_select_cpu_dfl" -> {
                if (m.selecting == null) { m.eject("scx_bpf_select_cpu_dfl() called outside ops.select_cpu()"); yield r2; }
                Pick p = selectDfl(m, (int) r2);
                m.mem.store(r4, 1, p.idle() ? 1 : 0);
                yield p.cpu();
            }
            case "scx_bpf_test_and_clear_cpu_idle" -> {
                int c = (int) r1;
                if (c < 0 || c >= m.cpus.length || !m.cpus[c].idle) yield 0;
                m.cpus[c].idle = false;
                yield 1;
            }
            case "scx_bpf_pick_idle_cpu" -> pickIdle(r1);
            case "scx_bpf_pick_any_cpu" -> { long c = pickIdle(r1); yield c >= 0 ? c : firstAllowed(r1); }
            case "scx_bpf_task_running" -> m.task(r1).state == Task.State.RUNNING ? 1 : 0;
            case "scx_bpf_task_cpu" -> m.task(r1).cpu;
            case "scx_bpf_nr_cpu_ids", "scx_bpf_nr_node_ids" -> name.endsWith("cpu_ids") ? m.cpus.length : 1;
            case "scx_bpf_now" -> m.now;
            case "scx_bpf_task_set_dsq_vtime" -> { m.setVtime(m.task(r1), r2); yield 1; }
            case "scx_bpf_task_set_slice" -> { m.setSlice(m.task(r1), r2); yield 1; }
            case "scx_bpf_error_bstr" -> { m.eject("scx_bpf_error (" + BstrFormat.format(m.mem, r1, r2, r3) + ")"); yield 0; }
            case "scx_bpf_exit_bstr" -> { m.eject("exit requested by the policy (code " + r1 + "): " + BstrFormat.format(m.mem, r2, r3, r4)); yield 0; }
            case "bpf_rcu_read_lock", "bpf_rcu_read_unlock", "bpf_preempt_disable", "bpf_preempt_enable" -> 0;
            case "scx_bpf_get_idle_cpumask", "scx_bpf_get_idle_smtmask" -> idleMask();
            case "scx_bpf_put_idle_cpumask", "scx_bpf_put_cpumask" -> 0;
            case "bpf_cpumask_test_cpu" -> r1 < m.cpus.length && bit(r2, (int) r1) ? 1 : 0;
            default -> throw new SimError(SimError.Kind.UNSUPPORTED, "kfunc " + name + " is not modelled by the simulator");
        };
    }

    private long moveToLocal(long id) {
        if (!m.inCallback.equals("dispatch")) { m.eject("scx_bpf_dsq_move_to_local() called outside ops.dispatch()"); return 0; }
        Dsq d = id == Machine.DSQ_GLOBAL ? m.global : m.dsqs.get(id);
        if (d == null) { m.eject("non-existent DSQ 0x" + Long.toHexString(id) + " in scx_bpf_dsq_move_to_local()"); return 0; }
        Task t = d.poll();
        if (t == null) return 0;
        m.current.local.addTail(t);
        return 1;
    }

    /** A snapshot of the idle CPUs as a cpumask (the kernel's is live; callers read it right away). */
    private long idleMask() {
        if (m.idleMask == 0) m.idleMask = m.mem.add("idle cpumask", new byte[(m.cpus.length + 7) / 8 + 8], true);
        for (Machine.Cpu c : m.cpus) {
            long at = m.idleMask + c.id / 8;
            long b = m.mem.load(at, 1);
            m.mem.init(at, 1, c.idle ? b | 1L << (c.id % 8) : b & ~(1L << (c.id % 8)));
        }
        return m.idleMask;
    }

    private boolean bit(long mask, int cpu) {
        return (m.mem.load(mask + cpu / 8, 1) >> (cpu % 8) & 1) != 0;
    }

    private long pickIdle(long mask) {
        for (Machine.Cpu c : m.cpus) {
            if (c.idle && bit(mask, c.id)) { c.idle = false; return c.id; }
        }
        return EBUSY;
    }

    private long firstAllowed(long mask) {
        for (Machine.Cpu c : m.cpus) if (bit(mask, c.id)) return c.id;
        return EBUSY;
    }

    /** scx_bpf_select_cpu_dfl without topology: the previous CPU if idle, else the lowest idle CPU, else prev. */
    static Pick selectDfl(Machine m, int prev) {
        if (prev >= 0 && prev < m.cpus.length && m.cpus[prev].idle) { m.cpus[prev].idle = false; return new Pick(prev, true); }
        for (Machine.Cpu c : m.cpus) if (c.idle) { c.idle = false; return new Pick(c.id, true); }
        return new Pick(Math.max(0, Math.min(prev, m.cpus.length - 1)), false);
    }
}
