package org.schedc.sema;

import java.math.BigInteger;
import org.schedc.ast.Ast;
import org.schedc.sema.Symbols.GlobalInfo;

/** Where globals live: zero-initialised ones in .bss, the others in .data, each aligned to its size. */
final class StorageLayout {
    private final SemaContext ctx;
    private int bssOffset;
    private int dataOffset;

    StorageLayout(SemaContext ctx) { this.ctx = ctx; }

    /** Types, checks and places a global whose name was declared. */
    void declareGlobal(Ast.Item.GlobalVar g) {
        String name = g.name().name();
        Type t;
        if (g.type() != null) t = ctx.declarations.resolveType(g.type());
        else if (g.init() != null) {
            Type it = ctx.check(g.init(), null);
            t = it instanceof Type.UntypedInt ? Declarations.defaultIntType(ctx.recorded.constant(g.init())) : it;
        } else {
            ctx.report(ValueErrors.globalNeedsType(g.name().span(), name));
            declareInvalid(g);
            return;
        }
        if (t instanceof Type.Chars chars) {
            // Arrays start zeroed in .bss, 8-aligned so they can be copied in 8-byte chunks.
            if (g.init() != null) ctx.report(TypeErrors.arrayGlobalInitialised(g.init().span()));
            int offset = align(bssOffset, 8);
            bssOffset = offset + chars.length();
            ctx.declared.globals.put(name, new GlobalInfo(name, chars, BigInteger.ZERO, ".bss", offset, g.name().span()));
            return;
        }
        if (!(t instanceof Type.Int it)) {
            // Without a written type the initial value gave it (e.g. `var b = true`).
            if (!(t instanceof Type.Error)) ctx.report(ValueErrors.globalType(g.type() != null ? g.type().span() : g.init().span(), t));
            declareInvalid(g);
            return;
        }
        BigInteger init = BigInteger.ZERO;
        if (g.init() != null) {
            ctx.conversions.assignable(ctx.check(g.init(), it), it, g.init());
            BigInteger v = ctx.recorded.constant(g.init());
            if (v == null) ctx.report(ValueErrors.globalInitNotConstant(g.init().span()));
            else init = v;
        }
        int size = it.bits() / 8;
        boolean zero = init.signum() == 0;
        int offset = zero ? align(bssOffset, size) : align(dataOffset, size);
        if (zero) bssOffset = offset + size; else dataOffset = offset + size;
        ctx.declared.globals.put(name, new GlobalInfo(name, it, init, zero ? ".bss" : ".data", offset, g.name().span()));
    }

    /**
     * A global whose type is wrong is still declared, with the error type, so that its uses resolve and say
     * nothing more (no "unknown name" for every use of a name the user did declare). No object is built then.
     */
    private void declareInvalid(Ast.Item.GlobalVar g) {
        ctx.declared.globals.put(g.name().name(), new GlobalInfo(g.name().name(), Type.ERROR, BigInteger.ZERO, ".bss", 0, g.name().span()));
    }

    static int align(int v, int a) { return (v + a - 1) / a * a; }
}
