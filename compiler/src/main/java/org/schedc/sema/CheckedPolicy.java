package org.schedc.sema;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.schedc.ast.Ast;
import org.schedc.diag.SourceFile;
import org.schedc.kabi.Kabi;
import org.schedc.sema.Symbols.ConstInfo;
import org.schedc.sema.Symbols.GlobalInfo;
import org.schedc.sema.Symbols.HandlerInfo;
import org.schedc.sema.Symbols.Local;
import org.schedc.sema.Symbols.QueueInfo;
import org.schedc.sema.Symbols.Resolution;

/** A policy that passed the checker, with everything lowering needs to know about each node. */
public record CheckedPolicy(
        SourceFile file,
        String name,
        List<Kabi> targets,
        long timeoutMs,
        long opsFlags,
        List<QueueInfo> queues,
        Map<String, ConstInfo> consts,
        List<GlobalInfo> globals,
        List<HandlerInfo> handlers,
        IdentityHashMap<Ast.Expr, Type> types,
        IdentityHashMap<Object, Resolution> resolutions,
        IdentityHashMap<Ast.Expr, BigInteger> constantValues,
        IdentityHashMap<Object, Local> declaredLocals,
        IdentityHashMap<Ast.Stmt.Insert, String> insertKfuncs,
        IdentityHashMap<Ast.Expr.Move, String> moveKfuncs,
        /** Task field writes done through a setter kfunc rather than a store. */
        IdentityHashMap<Ast.Stmt.Assign, String> assignKfuncs,
        Map<String, String> initKfuncs,
        /** For a chosen kfunc some target kernels lack: the variants to fall back to, in order (existence-checked at run time). */
        Map<String, List<String>> kfuncFallbacks) {

    public Kabi primary() { return targets.getFirst(); }

    public Type typeOf(Ast.Expr e) { return types.getOrDefault(e, Type.ERROR); }
}
