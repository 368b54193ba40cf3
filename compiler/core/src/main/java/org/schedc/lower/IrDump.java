package org.schedc.lower;

import java.io.PrintWriter;
import org.schedc.ir.IrPrinter;
import org.schedc.ir.PassPipeline;
import org.schedc.ir.passes.Passes;
import org.schedc.sema.CheckedPolicy;

/**
 * {@code schedc compile --dump-ir}: the IR of every program after lowering and after the pass pipeline, or
 * after each pass. Lowering and the passes are deterministic, so re-lowering the checked policy gives exactly
 * the IR the object was generated from.
 */
public final class IrDump {
    private IrDump() {}

    public static void write(CheckedPolicy policy, boolean afterEachPass, PrintWriter out) {
        for (Lowering.Program p : new Lowering(policy).lower().programs()) {
            out.println("; " + p.callback() + " after lowering");
            out.print(IrPrinter.print(p.function()));
            PassPipeline.Observer each = (pass, round, fn) -> {
                out.println("; " + p.callback() + " after " + pass.name() + (round > 0 ? " (round " + round + ")" : ""));
                out.print(IrPrinter.print(fn));
            };
            Passes.STANDARD.run(p.function(), afterEachPass ? each : PassPipeline.Observer.NONE);
            if (!afterEachPass) {
                out.println("; " + p.callback() + " after the pipeline (" + String.join(", ", Passes.STANDARD.passNames()) + ")");
                out.print(IrPrinter.print(p.function()));
            }
        }
        out.flush();
    }
}
