package org.schedc.sema;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schedc.ast.Ast.Expr;
import org.schedc.ast.Ast.Stmt;
import org.schedc.sema.Symbols.HandlerInfo;
import org.schedc.sema.Symbols.Local;
import org.schedc.sema.Symbols.Resolution;

/** What the checker records about nodes, for the attribution and the checked policy. */
final class Recorded {
    final IdentityHashMap<Expr, Type> types = new IdentityHashMap<>();
    final IdentityHashMap<Object, Resolution> resolutions = new IdentityHashMap<>();
    final IdentityHashMap<Expr, BigInteger> constants = new IdentityHashMap<>();
    final IdentityHashMap<Object, Local> declaredLocals = new IdentityHashMap<>();
    final IdentityHashMap<Expr, KernelFieldRef> kernelFields = new IdentityHashMap<>();
    final IdentityHashMap<Stmt.Insert, String> insertKfuncs = new IdentityHashMap<>();
    final IdentityHashMap<Expr.Move, String> moveKfuncs = new IdentityHashMap<>();
    final IdentityHashMap<Stmt.Assign, String> assignKfuncs = new IdentityHashMap<>();
    final Map<String, String> initKfuncs = new LinkedHashMap<>();
    final Map<String, List<String>> kfuncFallbacks = new HashMap<>();
    final List<HandlerInfo> handlers = new ArrayList<>();

    BigInteger constant(Expr e) { return constants.get(e); }

    boolean isConstant(Expr e) { return constants.containsKey(e); }

    void resolve(Object node, Resolution r) { resolutions.put(node, r); }
}
