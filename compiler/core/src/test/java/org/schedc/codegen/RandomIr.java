package org.schedc.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Operand;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;

/**
 * Random IR functions shaped like lowered policies: a pool of mutable values defined in the entry block
 * (context arguments and constants), an acyclic graph of blocks that compute, call kfuncs and branch on them,
 * and a final block that folds every pool value into the result so that all of them stay live to the end.
 * Kfunc names encode their argument count ({@code kf<id>_<arity>}) for the interpreters.
 */
final class RandomIr {
    static final int ARGS = 5;
    private static final Ir.AluOp[] OPS = Ir.AluOp.values();

    private final Random rnd;
    private final Ir.Function fn = new Ir.Function("f");
    private final List<VReg> pool = new ArrayList<>();

    private RandomIr(long seed) { this.rnd = new Random(seed); }

    static Ir.Function generate(long seed) { return new RandomIr(seed).build(); }

    private Ir.Function build() {
        int poolSize = 1 + rnd.nextInt(12);
        int blockCount = 1 + rnd.nextInt(6);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < blockCount; i++) blocks.add(fn.newBlock());
        Block exit = fn.newBlock();
        Block entry = blocks.getFirst();
        for (int i = 0; i < poolSize; i++) {
            VReg v = fn.newVReg();
            pool.add(v);
            if (i < ARGS && rnd.nextInt(3) > 0) entry.insts.add(new Inst.CtxArg(v, fn.ctx, i));
            else entry.insts.add(new Inst.Const(v, constant()));
        }
        for (int i = 0; i < blockCount; i++) {
            Block b = blocks.get(i);
            List<VReg> temps = new ArrayList<>();
            int n = rnd.nextInt(9);
            for (int k = 0; k < n; k++) b.insts.add(inst(temps));
            List<Block> later = new ArrayList<>(blocks.subList(i + 1, blockCount));
            later.add(exit);
            Block t1 = later.get(rnd.nextInt(later.size())), t2 = later.get(rnd.nextInt(later.size()));
            int kind = rnd.nextInt(6);
            if (kind == 0 && i > 0) b.terminator = new Terminator.Return(rnd.nextBoolean() ? pick(temps) : new Imm(rnd.nextInt()));
            else if (kind <= 2) b.terminator = new Terminator.Jump(t1);
            else b.terminator = new Terminator.Branch(Ir.Cond.values()[rnd.nextInt(Ir.Cond.values().length)], pick(temps),
                    rnd.nextBoolean() ? pick(temps) : new Imm(smallImm()), t1, t2);
        }
        // The exit folds every pool value into the result.
        VReg acc = fn.newVReg();
        exit.insts.add(new Inst.Const(acc, 0x9e3779b97f4a7c15L));
        for (VReg v : pool) {
            VReg next = fn.newVReg();
            exit.insts.add(new Inst.Alu(Ir.AluOp.MUL, next, acc, new Imm(31)));
            VReg mixed = fn.newVReg();
            exit.insts.add(new Inst.Alu(Ir.AluOp.XOR, mixed, next, v));
            acc = mixed;
        }
        exit.terminator = new Terminator.Return(acc);
        return fn;
    }

    private long constant() {
        return switch (rnd.nextInt(4)) {
            case 0 -> rnd.nextLong();
            case 1 -> rnd.nextInt();
            case 2 -> rnd.nextInt(16) - 8;
            default -> rnd.nextLong() & 0xffffffffL;
        };
    }

    private int smallImm() {
        return switch (rnd.nextInt(3)) {
            case 0 -> rnd.nextInt();
            case 1 -> rnd.nextInt(64);
            default -> rnd.nextInt(9) - 4;
        };
    }

    /** A value readable here: a pool value (defined on every path) or a temporary of this block. */
    private VReg pick(List<VReg> temps) {
        if (!temps.isEmpty() && rnd.nextInt(3) == 0) return temps.get(rnd.nextInt(temps.size()));
        return pool.get(rnd.nextInt(pool.size()));
    }

    /** The destination: usually a pool value (non-SSA reassignment), sometimes a new temporary. */
    private VReg dest(List<VReg> temps) {
        if (rnd.nextInt(3) == 0) {
            VReg t = fn.newVReg();
            temps.add(t);
            return t;
        }
        return pool.get(rnd.nextInt(pool.size()));
    }

    private Operand operand(List<VReg> temps, Ir.AluOp op) {
        if (rnd.nextBoolean()) return pick(temps);
        int v = smallImm();
        boolean division = op == Ir.AluOp.DIV || op == Ir.AluOp.SDIV || op == Ir.AluOp.MOD || op == Ir.AluOp.SMOD;
        if (division && v == 0) v = 3; // BPF rejects division by an immediate zero; the lowering folds it away
        return new Imm(v);
    }

    private Inst inst(List<VReg> temps) {
        int kind = rnd.nextInt(10);
        switch (kind) {
            case 0 -> { return new Inst.Const(dest(temps), constant()); }
            case 1 -> {
                VReg src = pick(temps);
                return new Inst.Mov(dest(temps), src);
            }
            case 2 -> {
                VReg src = pick(temps);
                return new Inst.Neg(dest(temps), src);
            }
            case 3 -> {
                VReg src = pick(temps);
                int[] widths = {8, 16, 32};
                return new Inst.Norm(dest(temps), src, widths[rnd.nextInt(3)], rnd.nextBoolean());
            }
            case 4, 5 -> {
                int args = rnd.nextInt(6);
                List<Operand> list = new ArrayList<>();
                for (int i = 0; i < args; i++) list.add(rnd.nextInt(4) == 0 ? new Imm(smallImm()) : pick(temps));
                VReg dst = rnd.nextInt(4) == 0 ? null : dest(temps);
                return new Inst.Call(dst, new Ir.Callee.Kfunc("kf" + rnd.nextInt(4) + "_" + args), list);
            }
            default -> {
                Ir.AluOp op = OPS[rnd.nextInt(OPS.length)];
                VReg a = pick(temps);
                Operand b = operand(temps, op);
                // Sometimes the result overwrites its own right operand (v3 = v2 - v3): BPF is two-address, the allocator must cope.
                VReg dst = b instanceof VReg bv && rnd.nextInt(8) == 0 ? bv : dest(temps);
                return new Inst.Alu(op, dst, a, b);
            }
        }
    }
}
