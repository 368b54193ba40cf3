package org.schedc.lower;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.schedc.ast.Ast;
import org.schedc.bpf.asm.Helpers;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Cond;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Operand;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;
import org.schedc.sema.Symbols;
import org.schedc.sema.Symbols.Resolution;
import org.schedc.sema.Type;

/** Tags and classify rules: tag-map lookups keyed by pid, tgid, cgroup id and uid, rule tests, and the cgroup ancestor walk. */
final class Classification {
    private final LowerContext cx;

    Classification(LowerContext cx) { this.cx = cx; }

    private static final int PROBE_READ_KERNEL_STR = 115;

    /** A CO-RE read of {@code root.path} from {@code base}; pointers and integers up to 8 bytes. */
    VReg kernelLoad(VReg base, String root, List<String> path, boolean signed) {
        LowerContext.FieldLayout l = cx.generatedField(root, path, signed);
        VReg v = cx.fn.newVReg();
        cx.emit(new Inst.LoadField(v, base, l.ref(), l.offset(), l.size(), false));
        if (signed && l.size() < 8) return cx.normalise(v, new Type.Int(l.size() * 8, true));
        return v;
    }

    /** Runs {@code body} with a non-null pointer loaded from {@code base}; {@code result} keeps its value otherwise. */
    void withPointer(VReg base, String root, List<String> path, java.util.function.Consumer<VReg> body) {
        VReg ptr = kernelLoad(base, root, path, false);
        cx.ifNonZero(ptr, () -> body.accept(ptr));
    }

    /** {@code result = *lookup(map, &key)} when present (a tag value, 4 bytes). */
    void lookupTag(VReg result, String map, Operand key, int keySize) {
        int slot = cx.fn.newStackObject(keySize);
        cx.emit(new Inst.StackStore(slot, keySize, key));
        VReg keyAddr = cx.fn.newVReg();
        cx.emit(new Inst.StackAddr(keyAddr, slot));
        VReg ptr = cx.fn.newVReg();
        cx.emit(new Inst.Call(ptr, new Ir.Callee.Helper(Helpers.MAP_LOOKUP_ELEM), List.of(cx.state.mapAddress(map), keyAddr)));
        cx.ifNonZero(ptr, () -> cx.emit(new Inst.Load(result, ptr, 0, 4)));
    }

    /** One source's tag of {@code task} into {@code result} (left unchanged when the source has none). */
    void tagFrom(VReg result, VReg task, Symbols.TagSource source) {
        String p = cx.policy.name();
        switch (source) {
            case TASK -> lookupTag(result, RuntimeMaps.tagsTask(p), kernelLoad(task, "task_struct", List.of("pid"), false), 4);
            case PROC -> lookupTag(result, RuntimeMaps.tagsProc(p), kernelLoad(task, "task_struct", List.of("tgid"), false), 4);
            case CGROUP -> withPointer(task, "task_struct", List.of("cgroups"), css ->
                    withPointer(css, "css_set", List.of("dfl_cgrp"), cgrp ->
                            withPointer(cgrp, "cgroup", List.of("kn"), kn ->
                                    lookupTag(result, RuntimeMaps.tagsCgroup(p), kernelLoad(kn, "kernfs_node", List.of("id"), false), 8))));
            case USER -> withPointer(task, "task_struct", List.of("real_cred"), cred ->
                    lookupTag(result, RuntimeMaps.tagsUser(p), kernelLoad(cred, "cred", List.of("uid", "val"), false), 4));
            case RESOLVED -> {
                // First non-zero wins: task, process, cgroup, user, then the cached classification.
                Block done = cx.fn.newBlock();
                for (Symbols.TagSource s : List.of(Symbols.TagSource.TASK, Symbols.TagSource.PROC, Symbols.TagSource.CGROUP, Symbols.TagSource.USER)) {
                    tagFrom(result, task, s);
                    Block next = cx.fn.newBlock();
                    cx.current.terminator = new Terminator.Branch(Cond.NE, result, new Imm(0), done, next);
                    cx.current = next;
                }
                if (!cx.policy.classify().isEmpty()) {
                    Symbols.StateField cache = cx.policy.taskState().field(Symbols.CLASS_FIELD).orElseThrow();
                    VReg ptr = cx.fn.newVReg();
                    // No F_CREATE: a task that was never classified has no cached class.
                    cx.emit(new Inst.Call(ptr, new Ir.Callee.Helper(Helpers.TASK_STORAGE_GET),
                            List.of(cx.state.mapAddress(RuntimeMaps.taskState(cx.policy.name())), task, new Imm(0), new Imm(0))));
                    cx.ifNonZero(ptr, () -> cx.emit(new Inst.Load(result, ptr, cache.offset(), 4)));
                }
                cx.jumpTo(done);
                cx.current = done;
                cx.lastLine = -1;
            }
        }
    }

    VReg readTag(VReg task, Symbols.TagSource source) {
        VReg result = cx.fn.newVReg();
        cx.emit(new Inst.Const(result, 0));
        tagFrom(result, task, source);
        return result;
    }

    /** Evaluates the classify rules for {@code task} and stores the first match (or none) in its cache field. */
    void classify(VReg task) {
        VReg result = cx.fn.newVReg();
        cx.emit(new Inst.Const(result, 0));
        Block done = cx.fn.newBlock();
        for (Ast.ClassifyRule rule : cx.policy.classify()) {
            Block hit = cx.fn.newBlock(), miss = cx.fn.newBlock();
            ruleTest(task, rule.when(), hit, miss);
            cx.current = hit;
            cx.emit(new Inst.Const(result, cx.policy.tagNumber(rule.tag().name())));
            cx.jumpTo(done);
            cx.current = miss;
        }
        cx.jumpTo(done);
        cx.current = done;
        cx.lastLine = -1;
        Symbols.StateField cache = cx.policy.taskState().field(Symbols.CLASS_FIELD).orElseThrow();
        VReg ptr = cx.fn.newVReg();
        cx.emit(new Inst.Call(ptr, new Ir.Callee.Helper(Helpers.TASK_STORAGE_GET),
                List.of(cx.state.mapAddress(RuntimeMaps.taskState(cx.policy.name())), task, new Imm(0), new Imm(StateMaps.LOCAL_STORAGE_GET_F_CREATE))));
        cx.ifNonZero(ptr, () -> cx.emit(new Inst.Store(ptr, cache.offset(), 4, result)));
    }

    void ruleTest(VReg task, Ast.Condition when, Block t, Block f) {
        switch (when) {
            case Ast.Condition.CommPrefix cp -> {
                VReg owner = task;
                if (cp.parent()) {
                    owner = kernelLoad(task, "task_struct", List.of("real_parent"), false);
                    Block ok = cx.fn.newBlock();
                    cx.current.terminator = new Terminator.Branch(Cond.EQ, owner, new Imm(0), f, ok);
                    cx.current = ok;
                }
                LowerContext.FieldLayout comm = cx.generatedField("task_struct", List.of("comm"), false);
                cx.bytes.prefixTest(new ByteArrays.ByteStore.Kernel(owner, comm), cp.prefix().getBytes(StandardCharsets.UTF_8), false, t, f);
            }
            case Ast.Condition.Compare cmp -> {
                long value = cx.constant(cmp.value());
                VReg v;
                boolean signed = cmp.subject() == Ast.Subject.NICE;
                if (signed) {
                    VReg prio = kernelLoad(task, "task_struct", List.of("static_prio"), true);
                    v = cx.fn.newVReg();
                    cx.emit(new Inst.Alu(Ir.AluOp.SUB, v, prio, new Imm(120)));
                } else {
                    v = cx.fn.newVReg();
                    cx.emit(new Inst.Const(v, 0));
                    VReg uid = v;
                    withPointer(task, "task_struct", List.of("real_cred"), cred -> cx.emit(new Inst.Mov(uid, kernelLoad(cred, "cred", List.of("uid", "val"), false))));
                }
                Cond c = switch (cmp.op()) {
                    case EQ -> Cond.EQ; case NE -> Cond.NE;
                    case LT -> signed ? Cond.SLT : Cond.ULT;
                    case LE -> signed ? Cond.SLE : Cond.ULE;
                    case GT -> signed ? Cond.SGT : Cond.UGT;
                    case GE -> signed ? Cond.SGE : Cond.UGE;
                    default -> throw new IllegalStateException("not a comparison: " + cmp.op());
                };
                cx.current.terminator = new Terminator.Branch(c, v, new Imm(value), t, f);
                cx.current = null;
            }
            case Ast.Condition.CgroupPrefix cg -> cgroupTest(task, org.schedc.sema.Checker.cgroupComponents(cg.path()), t, f);
            case Ast.Condition.Invalid inv -> throw new IllegalStateException("invalid rule reached lowering");
        }
    }

    /**
     * {@code cgroup under "/a/b"}: the task's default-hierarchy cgroup at level >= k whose ancestor at level k
     * is named b and that one's parent a. Ancestors are reached through {@code self.parent->cgroup}, at most
     * {@link org.schedc.sema.Checker#CGROUP_MAX_DEPTH} steps; names are read with bpf_probe_read_kernel_str.
     */
    void cgroupTest(VReg task, List<String> parts, Block t, Block f) {
        if (parts.isEmpty()) {
            cx.current.terminator = new Terminator.Jump(t);
            cx.current = null;
            return;
        }
        int k = parts.size();
        VReg css = kernelLoad(task, "task_struct", List.of("cgroups"), false);
        Block ok = cx.fn.newBlock();
        cx.current.terminator = new Terminator.Branch(Cond.EQ, css, new Imm(0), f, ok);
        cx.current = ok;
        VReg cgrp = cx.fn.newVReg();
        cx.emit(new Inst.Mov(cgrp, kernelLoad(css, "css_set", List.of("dfl_cgrp"), false)));
        ok = cx.fn.newBlock();
        cx.current.terminator = new Terminator.Branch(Cond.EQ, cgrp, new Imm(0), f, ok);
        cx.current = ok;
        VReg level = cx.fn.newVReg();
        cx.emit(new Inst.Mov(level, kernelLoad(cgrp, "cgroup", List.of("level"), true)));
        ok = cx.fn.newBlock();
        cx.current.terminator = new Terminator.Branch(Cond.SLT, level, new Imm(k), f, ok);
        cx.current = ok;
        // Climb to level k: at most CGROUP_MAX_DEPTH - k steps (deeper cgroups do not match).
        for (int step = 0; step < org.schedc.sema.Checker.CGROUP_MAX_DEPTH; step++) {
            Block up = cx.fn.newBlock(), next = cx.fn.newBlock();
            cx.current.terminator = new Terminator.Branch(Cond.SGT, level, new Imm(k), up, next);
            cx.current = up;
            climb(cgrp, f);
            cx.emit(new Inst.Alu(Ir.AluOp.SUB, level, level, new Imm(1)));
            cx.jumpTo(next);
            cx.current = next;
        }
        ok = cx.fn.newBlock();
        cx.current.terminator = new Terminator.Branch(Cond.NE, level, new Imm(k), f, ok);
        cx.current = ok;
        int buf = cx.fn.newStackObject(org.schedc.sema.Checker.CGROUP_NAME_MAX + 1);
        for (int i = k - 1; i >= 0; i--) {
            byte[] name = parts.get(i).getBytes(StandardCharsets.UTF_8);
            VReg kn = kernelLoad(cgrp, "cgroup", List.of("kn"), false);
            VReg namePtr = kernelLoad(kn, "kernfs_node", List.of("name"), false);
            VReg bufAddr = cx.fn.newVReg();
            cx.emit(new Inst.StackAddr(bufAddr, buf));
            VReg status = cx.fn.newVReg();
            cx.emit(new Inst.Call(status, new Ir.Callee.Helper(PROBE_READ_KERNEL_STR), List.of(bufAddr, new Imm(name.length + 1), namePtr)));
            VReg st = cx.normalise(status, Type.S32);
            ok = cx.fn.newBlock();
            cx.current.terminator = new Terminator.Branch(Cond.NE, st, new Imm(name.length + 1), f, ok);
            cx.current = ok;
            Block match = cx.fn.newBlock();
            cx.bytes.prefixTest(new ByteArrays.ByteStore.Memory(bufAddr, 0, false), name, true, match, f);
            cx.current = match;
            if (i > 0) climb(cgrp, f);
        }
        cx.current.terminator = new Terminator.Jump(t);
        cx.current = null;
    }

    /** {@code cgrp = cgrp->self.parent->cgroup}; a null on the way goes to {@code f}. */
    void climb(VReg cgrp, Block f) {
        VReg parent = kernelLoad(cgrp, "cgroup", List.of("self", "parent"), false);
        Block ok = cx.fn.newBlock();
        cx.current.terminator = new Terminator.Branch(Cond.EQ, parent, new Imm(0), f, ok);
        cx.current = ok;
        cx.emit(new Inst.Mov(cgrp, kernelLoad(parent, "cgroup_subsys_state", List.of("cgroup"), false)));
    }
}
