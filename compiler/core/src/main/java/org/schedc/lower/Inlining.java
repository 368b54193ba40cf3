package org.schedc.lower;

import java.util.ArrayList;
import java.util.List;
import org.schedc.ast.Ast;
import org.schedc.ast.Ast.Expr;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.VReg;
import org.schedc.sema.Symbols.Local;
import org.schedc.sema.Type;

/**
 * User functions are inlined at each call: arguments bound to the callee's parameters, returns sent to an
 * exit block (or, for a bool function used as a condition, straight to the branch targets).
 */
final class Inlining {
    private final LowerContext cx;

    Inlining(LowerContext cx) { this.cx = cx; }

    /**
     * An inlined call: where its returns go. A bool function inlined as a condition has branch
     * targets instead of a result register, so {@code return e} branches on e directly.
     */
    record Inline(VReg result, Block exit, Block ifTrue, Block ifFalse) {}

    void bindArguments(Ast.Item.Function f, Expr.Call call) {
        List<Value> args = new ArrayList<>();
        for (int i = 0; i < call.args().size(); i++) {
            Type pt = cx.policy.types().get(call.args().get(i));
            args.add(cx.exprs.lowerValue(call.args().get(i), pt));
        }
        for (int i = 0; i < f.params().size(); i++) {
            Local l = cx.policy.declaredLocals().get(f.params().get(i).name());
            cx.locals.put(l, args.get(i));
        }
    }

    Value inline(Ast.Item.Function f, Expr.Call call) {
        bindArguments(f, call);
        VReg result = cx.fn.newVReg();
        Block exit = cx.fn.newBlock();
        cx.inlines.push(new Inline(result, exit, null, null));
        int savedLine = cx.lastLine;
        int savedFile = cx.fileIndex;
        org.schedc.diag.SourceFile from = cx.policy.moduleFiles().get(f);
        if (from != null) {
            if (!cx.files.contains(from)) cx.files.add(from);
            cx.fileIndex = cx.files.indexOf(from);
        }
        cx.lastLine = -1;
        cx.stmts.lowerBlock(f.body());
        cx.fileIndex = savedFile;
        cx.inlines.pop();
        cx.jumpTo(exit);
        cx.current = exit;
        cx.lastLine = savedLine == -1 ? -1 : -2; // force a new line entry for the caller's next statement
        return f.returnType() == null ? new Value.None() : new Value.Scalar(result);
    }

    /** A bool function used as a condition: its returns branch to {@code t} / {@code f}. */
    void inlineCondition(Ast.Item.Function function, Expr.Call call, Block t, Block f) {
        bindArguments(function, call);
        cx.inlines.push(new Inline(null, null, t, f));
        int savedFile = cx.fileIndex;
        org.schedc.diag.SourceFile from = cx.policy.moduleFiles().get(function);
        if (from != null) {
            if (!cx.files.contains(from)) cx.files.add(from);
            cx.fileIndex = cx.files.indexOf(from);
            cx.lastLine = -1;
        }
        cx.stmts.lowerBlock(function.body());
        cx.fileIndex = savedFile;
        cx.lastLine = -2;
        cx.inlines.pop();
        // Every path through a bool function returns (the checker made sure), so nothing falls through.
        cx.current = null;
    }
}
