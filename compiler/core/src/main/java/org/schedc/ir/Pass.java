package org.schedc.ir;

/**
 * A named transformation of one IR function, in the style of the Go compiler's SSA passes: the pipeline
 * runs passes by name, can print the IR after each, and checks it with {@link IrVerifier} in between.
 */
public record Pass(String name, Body body) {
    /** Rewrites the function in place; true when it changed anything. */
    @FunctionalInterface
    public interface Body {
        boolean run(Ir.Function fn);
    }

    public boolean run(Ir.Function fn) { return body.run(fn); }
}
