package org.schedc.lower;

import java.util.ArrayList;
import java.util.List;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Cond;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;
import org.schedc.sema.CheckedPolicy;
import org.schedc.sema.Symbols.HandlerInfo;
import org.schedc.sema.Symbols.Local;
import org.schedc.sema.Symbols.QueueInfo;
import org.schedc.sema.Type;

/**
 * Lowers a checked policy to IR: one function per handler (user functions are inlined), plus the
 * generated init that creates the queues and the generated handlers that classify tasks. The result is
 * unoptimised: the driver runs {@link org.schedc.ir.passes.Passes#STANDARD} on each function. The work is
 * split by concern into the classes {@link LowerContext} reaches; this class only drives them per program.
 */
public final class Lowering {
    /** A program to emit: its sched_ext callback, IR, and whether the callback returns a value. */
    public record Program(String callback, boolean sleepable, boolean returnsValue, Ir.Function function) {}

    /**
     * The programs, and the message strings for error(): they live in .data after the globals,
     * at {@code stringsOffset}, because the kernel types the kfunc's format argument as writable memory.
     */
    public record Result(List<Program> programs, byte[] strings, int stringsOffset, List<org.schedc.diag.SourceFile> files) {
        /** The source file and line of an encoded {@link Inst.Line} line number. */
        public org.schedc.diag.SourceFile fileOf(int encodedLine) { return files.get(encodedLine / LINE_FILE_STRIDE); }
        public static int lineOf(int encodedLine) { return encodedLine % LINE_FILE_STRIDE; }
    }

    /** Line numbers in {@link Inst.Line} carry the file: index in {@link Result#files()} times this, plus the line. */
    public static final int LINE_FILE_STRIDE = Ir.LINE_FILE_STRIDE;

    private final CheckedPolicy policy;
    private final LowerContext cx;

    public Lowering(CheckedPolicy policy) {
        this.policy = policy;
        this.cx = new LowerContext(policy);
    }

    public Result lower() {
        List<Program> programs = new ArrayList<>();
        boolean hasInit = false;
        for (HandlerInfo h : policy.handlers()) {
            hasInit |= h.callback().equals("init");
            programs.add(lowerHandler(h));
        }
        if (!hasInit && !policy.queues().isEmpty()) programs.add(lowerHandler(null));
        if (!policy.classify().isEmpty()) {
            // Classification runs when a task is enabled and when it becomes runnable (comm changes on exec).
            for (String cb : List.of("enable", "runnable")) {
                if (policy.handlers().stream().noneMatch(h -> h.callback().equals(cb))) programs.add(lowerGenerated(cb));
            }
        }
        return new Result(programs, cx.data.bytes(), cx.data.stringsOffset(), List.copyOf(cx.files));
    }

    private Program lowerHandler(HandlerInfo h) {
        String callback = h == null ? "init" : h.callback();
        cx.begin(callback, h == null ? Type.S32 : h.returnType());
        if (h != null) {
            for (int i = 0; i < h.params().size(); i++) {
                Local l = h.params().get(i);
                cx.locals.put(l, new Value.Arg(i, l.type));
            }
            if (callback.equals("enqueue") && cx.kabi.callback("enqueue").map(c -> c.params().size() > 1).orElse(false)) {
                cx.enqFlags = new Value.Arg(1, Type.U64);
            }
        }
        boolean returnsValue = !(cx.handlerReturnType instanceof Type.Void);
        if (callback.equals("init")) createQueues();
        if (h != null && !policy.classify().isEmpty() && (callback.equals("enable") || callback.equals("runnable"))) {
            cx.line(h.decl().span());
            cx.tags.classify(cx.reg(cx.exprs.materialise(new Value.Arg(0, Type.TASK)) instanceof Value.Scalar sc ? sc.op() : new Imm(0)));
        }
        if (h != null) cx.stmts.lowerBlock(h.decl().body());
        if (cx.current != null) {
            // Falling off the end: handlers that return a status report success.
            cx.current.terminator = new Terminator.Return(returnsValue ? new Imm(0) : null);
        }
        cx.tagCache.finish();
        return new Program(callback, h == null || h.sleepable(), returnsValue, cx.fn);
    }

    /** A compiler-made handler that only classifies its task (argument 0). */
    private Program lowerGenerated(String cb) {
        cx.begin(cb, Type.VOID);
        cx.fileIndex = 0;
        cx.line(policy.classify().getFirst().span());
        cx.tags.classify(cx.reg(((Value.Scalar) cx.exprs.materialise(new Value.Arg(0, Type.TASK))).op()));
        if (cx.current != null) cx.current.terminator = new Terminator.Return(null);
        return new Program(cb, false, false, cx.fn);
    }

    private void createQueues() {
        for (QueueInfo q : policy.queues()) {
            VReg r = cx.fn.newVReg();
            cx.emit(new Inst.Call(r, cx.kfunc(policy.initKfuncs().get("create_dsq")), List.of(new Imm(q.id()), new Imm(-1))));
            VReg status = cx.normalise(r, Type.S32);
            Block fail = cx.fn.newBlock(), next = cx.fn.newBlock();
            cx.current.terminator = new Terminator.Branch(Cond.SLT, status, new Imm(0), fail, next);
            fail.terminator = new Terminator.Return(status);
            cx.current = next;
        }
    }
}
