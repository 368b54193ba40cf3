package org.schedc.codegen;

import org.schedc.ir.Ir;

/** A readable dump of an IR function for failure messages. */
final class IrText {
    private IrText() {}

    static String of(Ir.Function fn) {
        StringBuilder out = new StringBuilder("fn ").append(fn.name).append(" (ctx ").append(fn.ctx).append(")\n");
        for (Ir.Block b : fn.blocks) {
            out.append(b).append(":\n");
            for (Ir.Inst i : b.insts) out.append("  ").append(i).append('\n');
            out.append("  ").append(b.terminator).append('\n');
        }
        return out.toString();
    }
}
