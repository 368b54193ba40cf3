package org.schedc.sema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schedc.ast.Ast;
import org.schedc.kabi.Kabi;
import org.schedc.sema.Symbols.HandlerInfo;
import org.schedc.sema.Symbols.Local;

/** Handler signatures against each target's sched_ext_ops callbacks, and user function signatures and bodies. */
final class Handlers {
    private final SemaContext ctx;

    Handlers(SemaContext ctx) { this.ctx = ctx; }

    /** Every handler once; a callback handled twice is reported at the second. */
    void checkAll(List<Ast.Item.Handler> decls) {
        Map<String, Ast.Item.Handler> seenCallbacks = new HashMap<>();
        for (Ast.Item.Handler h : decls) {
            Ast.Item.Handler first = seenCallbacks.putIfAbsent(h.callback().name(), h);
            if (first != null) {
                ctx.report(NameErrors.duplicateHandler(h.callback().span(), h.callback().name(), first.callback().span()));
                continue;
            }
            HandlerInfo info = check(h);
            if (info != null) ctx.recorded.handlers.add(info);
        }
    }

    /** The handler's parameters take the callback's types (nullability from the CFI stubs); null when the signature is wrong. */
    private HandlerInfo check(Ast.Item.Handler h) {
        String cb = h.callback().name();
        Kabi.Callback first = null;
        for (Kabi k : ctx.targets) {
            Optional<Kabi.Callback> c = k.callback(cb);
            if (c.isEmpty()) {
                List<String> known = k.callbackNames();
                ctx.report(known.isEmpty() ? KernelErrors.noSchedExtOps(h.callback().span(), k.name())
                        : NameErrors.notACallback(h.callback().span(), cb, k.name(), Suggestions.closest(cb, known)));
                return null;
            }
            if (first == null) first = c.get();
        }
        Kabi primary = ctx.primary();
        List<org.schedc.bpf.btf.BtfType.Param> params = first.params();
        if (h.params().size() > params.size()) {
            ctx.report(NameErrors.tooManyHandlerParams(h.params().get(params.size()).span(), cb, params.size(), describeParams(primary, first)));
            return null;
        }
        Type returnType = ctx.kernelFields.valueType(primary.btf(), first.returnType(), false, h.callback().span());
        if (h.returnType() != null) {
            Type declared = ctx.declarations.resolveType(h.returnType());
            if (!(declared instanceof Type.Error) && !declared.equals(returnType)) {
                ctx.report(TypeErrors.callbackReturnType(h.returnType().span(), cb, returnType, declared));
            }
        }
        boolean sleepable = cb.equals("init");
        ctx.body.enter(cb, sleepable, returnType);
        List<Local> locals = new ArrayList<>();
        for (int i = 0; i < h.params().size(); i++) {
            Ast.Ident name = h.params().get(i);
            Type t = ctx.kernelFields.valueType(primary.btf(), params.get(i).type(), first.nullable().get(i), name.span());
            Local l = new Local(name.name(), t, false, name.span());
            ctx.statements.declare(name, l);
            ctx.recorded.declaredLocals.put(name, l);
            locals.add(l);
        }
        ctx.statements.checkBlock(h.body());
        ctx.body.exit();
        boolean needsValue = !(returnType instanceof Type.Void) && cb.equals("select_cpu");
        if (needsValue && Flow.completesNormally(h.body())) {
            ctx.report(ValueErrors.handlerMustReturn(h.callback().span(), cb, returnType));
        }
        return new HandlerInfo(cb, h, locals, returnType, sleepable);
    }

    private String describeParams(Kabi k, Kabi.Callback c) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.params().size(); i++) {
            out.add(c.paramNames().get(i) + ": " + ctx.kernelFields.valueType(k.btf(), c.params().get(i).type(), c.nullable().get(i), null).display());
        }
        return "(" + String.join(", ", out) + ")";
    }

    void checkSignature(Ast.Item.Function f) {
        for (Ast.Param p : f.params()) {
            if (p.type() == null) ctx.report(NameErrors.untypedParameter(p.span(), p.name().name()));
            else ctx.declarations.resolveType(p.type());
        }
        if (f.returnType() != null) ctx.declarations.resolveType(f.returnType());
    }

    /** A function body is checked once for types; its callback rules are checked per call site. */
    void checkBody(Ast.Item.Function f) {
        Type returnType = f.returnType() == null ? Type.VOID : Declarations.resolveTypeQuiet(f.returnType());
        ctx.body.enter(null, false, returnType);
        Set<String> seen = new HashSet<>();
        for (Ast.Param p : f.params()) {
            if (!seen.add(p.name().name())) ctx.report(NameErrors.duplicateParameter(p.name().span(), p.name().name()));
            Local l = new Local(p.name().name(), Declarations.resolveTypeQuiet(p.type()), false, p.name().span());
            ctx.statements.declare(p.name(), l);
            ctx.recorded.declaredLocals.put(p.name(), l);
        }
        ctx.body.functionStack.push(f.name().name());
        ctx.statements.checkBlock(f.body());
        ctx.body.functionStack.pop();
        ctx.body.exit();
        if (!(returnType instanceof Type.Void) && Flow.completesNormally(f.body())) {
            ctx.report(ValueErrors.functionMustReturn(f.name().span(), f.name().name(), returnType));
        }
    }
}
