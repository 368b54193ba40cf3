package org.schedc.sim;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.schedc.kabi.Kabi;

/**
 * Where the fields a policy reads live in the kernel's {@code task_struct} (from the same BTF the CO-RE relocations
 * were resolved against, so the program and the model agree on every offset). A field the kernel lacks is -1 and
 * stays zero.
 */
final class TaskLayout {
    /** sched_prio_to_weight[] of kernel/sched/core.c, nice -20..19. */
    private static final int[] PRIO_TO_WEIGHT = {88761, 71755, 56483, 46273, 36291, 29154, 23254, 18705, 14949, 11916, 9548, 7620,
        6100, 4904, 3906, 3121, 2501, 1991, 1586, 1277, 1024, 820, 655, 526, 423, 335, 272, 215, 172, 137, 110, 87, 70, 56, 45, 36,
        29, 23, 18, 15};

    final int size, credSize;
    final int pid, tgid, comm, staticPrio, prio, normalPrio, cpusPtr, cpusMask, nrCpusAllowed, realParent, groupLeader, cred, credUid;
    final int scxSlice, scxVtime, scxWeight, scxFlags;

    TaskLayout(Kabi kabi) {
        OptionalInt ts = kabi.struct("task_struct");
        if (ts.isEmpty()) throw new SimError(SimError.Kind.BAD_OBJECT, "kernel BTF has no struct task_struct");
        int t = ts.getAsInt();
        size = (int) kabi.btf().sizeOf(t);
        pid = off(kabi, t, "pid");
        tgid = off(kabi, t, "tgid");
        comm = off(kabi, t, "comm");
        staticPrio = off(kabi, t, "static_prio");
        prio = off(kabi, t, "prio");
        normalPrio = off(kabi, t, "normal_prio");
        cpusPtr = off(kabi, t, "cpus_ptr");
        cpusMask = off(kabi, t, "cpus_mask");
        nrCpusAllowed = off(kabi, t, "nr_cpus_allowed");
        realParent = off(kabi, t, "real_parent");
        groupLeader = off(kabi, t, "group_leader");
        cred = off(kabi, t, "cred");
        int scx = off(kabi, t, "scx");
        OptionalInt see = kabi.struct("sched_ext_entity");
        scxSlice = scx < 0 || see.isEmpty() ? -1 : scx + off(kabi, see.getAsInt(), "slice");
        scxVtime = scx < 0 || see.isEmpty() ? -1 : scx + off(kabi, see.getAsInt(), "dsq_vtime");
        scxWeight = scx < 0 || see.isEmpty() ? -1 : scx + off(kabi, see.getAsInt(), "weight");
        scxFlags = scx < 0 || see.isEmpty() ? -1 : scx + off(kabi, see.getAsInt(), "flags");
        OptionalInt cr = kabi.struct("cred");
        credSize = cr.isEmpty() ? 0 : (int) kabi.btf().sizeOf(cr.getAsInt());
        credUid = cr.isEmpty() ? -1 : off(kabi, cr.getAsInt(), "uid");
    }

    private static int off(Kabi kabi, int struct, String name) {
        return kabi.member(struct, name).map(TaskLayout::sum).orElse(-1);
    }

    private static int sum(List<Kabi.FieldInfo> path) {
        long s = 0;
        for (Kabi.FieldInfo f : path) s += f.byteOffset();
        return (int) s;
    }

    static int weightOfNice(int nice) {
        int w = PRIO_TO_WEIGHT[Math.max(-20, Math.min(19, nice)) + 20];
        return (int) ((w * 100L + 512) / 1024); // sched_weight_to_cgroup: DIV_ROUND_CLOSEST(weight * 100, 1024)
    }

    /** Allocates a task_struct for {@code task} (and its cred), filled with what the model knows. */
    long create(Memory mem, int pidValue, int tgidValue, String commName, int nice, int cpus, long parent, int uid) {
        long p = mem.add("task_struct " + commName + "[" + pidValue + "]", new byte[size], false);
        put(mem, p, pid, 4, pidValue);
        put(mem, p, tgid, 4, tgidValue);
        if (comm >= 0) {
            byte[] c = commName.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < Math.min(15, c.length); i++) mem.init(p + comm + i, 1, c[i]);
        }
        put(mem, p, staticPrio, 4, 120 + nice);
        put(mem, p, prio, 4, 120 + nice);
        put(mem, p, normalPrio, 4, 120 + nice);
        put(mem, p, scxWeight, 4, weightOfNice(nice));
        // the mask lives in the task (cpus_mask) when the BTF has the field, else in its own region; either way
        // cpus_ptr points at it, as the kernel's does for tasks without migration_disable
        long mask = cpusMask >= 0 ? p + cpusMask : mem.add("cpumask of " + commName, new byte[Math.max(128, (cpus + 7) / 8)], false);
        for (int c = 0; c < cpus; c++) {
            long at = mask + c / 8;
            mem.init(at, 1, mem.load(at, 1) | 1L << (c % 8));
        }
        put(mem, p, cpusPtr, 8, mask);
        put(mem, p, nrCpusAllowed, 4, cpus);
        put(mem, p, realParent, 8, parent == 0 ? p : parent);
        put(mem, p, groupLeader, 8, p);
        if (cred >= 0 && credSize > 0) {
            long c = mem.add("cred " + commName, new byte[credSize], true);
            put(mem, c, credUid, 4, uid);
            put(mem, p, cred, 8, c);
        }
        return p;
    }

    static void put(Memory mem, long base, int off, int size, long v) {
        if (off >= 0) mem.init(base + off, size, v);
    }
}
