package org.schedc.lower;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.schedc.ast.Ast.Expr;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Cond;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;
import org.schedc.sema.Symbols.Resolution;

/** {@code [u8; N]} values: where their bytes live, chunked copies and prefix compares (starts_with, comm and cgroup names). */
final class ByteArrays {
    private final LowerContext cx;

    ByteArrays(LowerContext cx) { this.cx = cx; }

    /** Compares the bytes of {@code from} with {@code prefix} (plus a terminating NUL when {@code whole}). */
    void prefixTest(ByteStore from, byte[] prefix, boolean whole, Block t, Block f) {
        byte[] want = whole ? java.util.Arrays.copyOf(prefix, prefix.length + 1) : prefix;
        for (int[] c : chunks(want.length)) {
            long expected = 0;
            for (int i = c[1] - 1; i >= 0; i--) expected = expected << 8 | (want[c[0] + i] & 0xff);
            VReg v = loadChunk(from, c[0], c[1]);
            Block next = cx.fn.newBlock();
            cx.current.terminator = new Terminator.Branch(Cond.NE, v, new Imm(expected), f, next);
            cx.current = next;
        }
        cx.current.terminator = new Terminator.Jump(t);
        cx.current = null;
    }

    /**
     * Where a u8 array lives: a kernel char array (read with one CO-RE relocation per chunk, so each load
     * follows the running kernel's layout), a global, or a state field (behind a possibly-null pointer).
     */
    sealed interface ByteStore {
        record Kernel(VReg base, LowerContext.FieldLayout field) implements ByteStore {}
        record Memory(VReg base, int offset, boolean mayBeNull) implements ByteStore {}
    }

    ByteStore byteStore(Expr e) {
        return switch (cx.policy.resolutions().get(e)) {
            case Resolution.FieldAccess fa -> new ByteStore.Kernel(cx.reg(cx.exprs.lowerScalar(fa.base(), null)), cx.field(e));
            case Resolution.GlobalRef g -> {
                VReg addr = cx.fn.newVReg();
                cx.emit(new Inst.GlobalAddr(addr, g.g().section(), g.g().offset()));
                yield new ByteStore.Memory(addr, 0, false);
            }
            case Resolution.StateAccess sa -> new ByteStore.Memory(cx.state.statePointer(sa), sa.field().offset(), true);
            case null, default -> throw new IllegalStateException("checker let through a u8 array at " + e.span());
        };
    }

    VReg loadChunk(ByteStore from, int at, int size) {
        VReg v = cx.fn.newVReg();
        switch (from) {
            case ByteStore.Kernel k -> {
                Ir.FieldRef array = k.field().ref();
                List<String> path = new ArrayList<>(array.path());
                path.add(Ir.FieldRef.indexStep(at));
                cx.emit(new Inst.LoadField(v, k.base(), new Ir.FieldRef(array.rootStruct(), path, array.chain()), k.field().offset() + at, size, false));
            }
            case ByteStore.Memory m -> cx.emit(new Inst.Load(v, m.base(), m.offset() + at, size));
        }
        return v;
    }

    /** 8-, 4-, 2- and 1-byte pieces covering {@code length} bytes. */
    static List<int[]> chunks(int length) {
        List<int[]> out = new ArrayList<>();
        int at = 0;
        for (int size : new int[] {8, 4, 2, 1}) {
            while (length - at >= size) {
                out.add(new int[] {at, size});
                at += size;
            }
        }
        return out;
    }

    void copyBytes(ByteStore to, ByteStore from, int length) {
        Runnable copy = () -> {
            ByteStore.Memory target = (ByteStore.Memory) to;
            for (int[] c : chunks(length)) cx.emit(new Inst.Store(target.base(), target.offset() + c[0], c[1], loadChunk(from, c[0], c[1])));
        };
        Runnable guardedSource = from instanceof ByteStore.Memory m && m.mayBeNull() ? () -> cx.ifNonZero(m.base(), copy) : copy;
        if (to instanceof ByteStore.Memory m && m.mayBeNull()) cx.ifNonZero(m.base(), guardedSource);
        else guardedSource.run();
    }

    /** {@code starts_with(a, "lit")}: each chunk of the prefix compared as a little-endian integer. */
    void startsWith(Expr.Call call, Block t, Block f) {
        byte[] prefix = ((Expr.StringLit) call.args().get(1)).value().getBytes(StandardCharsets.UTF_8);
        ByteStore from = byteStore(call.args().get(0));
        if (from instanceof ByteStore.Memory m && m.mayBeNull()) {
            Block ok = cx.fn.newBlock();
            cx.current.terminator = new Terminator.Branch(Cond.EQ, m.base(), new Imm(0), f, ok);
            cx.current = ok;
        }
        prefixTest(from, prefix, false, t, f);
    }
}
