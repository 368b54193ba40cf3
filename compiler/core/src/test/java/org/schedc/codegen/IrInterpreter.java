package org.schedc.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Operand;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;
import org.schedc.ir.BpfSemantics;

/** Direct execution of IR (the reference semantics) for the subset {@link RandomIr} produces. */
final class IrInterpreter {
    private final Map<VReg, Long> values = new HashMap<>();
    private final Map<Integer, Long> stack = new HashMap<>();
    private final List<Machine.CallRecord> calls = new ArrayList<>();
    private final List<Long> args;

    private IrInterpreter(List<Long> args) { this.args = args; }

    static Machine.Outcome run(Ir.Function fn, List<Long> args) {
        IrInterpreter in = new IrInterpreter(args);
        in.values.put(fn.ctx, Machine.CTX);
        return new Machine.Outcome(in.execute(fn.entry()), in.calls);
    }

    private long get(VReg v) {
        Long x = values.get(v);
        if (x == null) throw new IllegalStateException("IR reads " + v + " before writing it");
        return x;
    }

    private long value(Operand o) {
        return switch (o) {
            case VReg v -> get(v);
            case Imm i -> i.value();
        };
    }

    private long execute(Block b) {
        for (int steps = 0; steps < 10_000; steps++) {
            for (Inst i : b.insts) step(i);
            switch (b.terminator) {
                case Terminator.Jump j -> b = j.target();
                case Terminator.Branch br -> b = BpfSemantics.test(br.cond(), get(br.a()), value(br.b())) ? br.ifTrue() : br.ifFalse();
                case Terminator.Return r -> { return r.value() == null ? 0 : value(r.value()); }
            }
        }
        throw new IllegalStateException("IR does not terminate");
    }

    private void step(Inst i) {
        switch (i) {
            case Inst.Const c -> values.put(c.dst(), c.value());
            case Inst.Mov m -> values.put(m.dst(), get(m.src()));
            case Inst.Alu a -> values.put(a.dst(), BpfSemantics.evaluate(a.op(), get(a.a()), value(a.b())));
            case Inst.Neg n -> values.put(n.dst(), -get(n.src()));
            case Inst.Norm n -> values.put(n.dst(), BpfSemantics.normalise(get(n.src()), n.bits(), n.signed()));
            case Inst.CtxArg c -> {
                if (get(c.ctx()) != Machine.CTX) throw new IllegalStateException("CtxArg off a non-context value");
                values.put(c.dst(), args.get(c.index()));
            }
            case Inst.StackLoad s -> values.put(s.dst(), stack.getOrDefault(s.slot(), 0L));
            case Inst.StackStore s -> stack.put(s.slot(), value(s.value()));
            case Inst.Call c -> {
                String name = ((Ir.Callee.Kfunc) c.callee()).name();
                List<Long> a = c.args().stream().map(this::value).toList();
                calls.add(new Machine.CallRecord(name, a));
                long r = Machine.kfunc(name, a);
                if (c.dst() != null) values.put(c.dst(), r);
            }
            case Inst.Line l -> { }
            case Inst.LoadField l -> throw new UnsupportedOperationException(i.toString());
            case Inst.StoreField s -> throw new UnsupportedOperationException(i.toString());
            case Inst.GlobalAddr g -> throw new UnsupportedOperationException(i.toString());
            case Inst.Load l -> throw new UnsupportedOperationException(i.toString());
            case Inst.Store s -> throw new UnsupportedOperationException(i.toString());
            case Inst.StackAddr s -> throw new UnsupportedOperationException(i.toString());
        }
    }
}
