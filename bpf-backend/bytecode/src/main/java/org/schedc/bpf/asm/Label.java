package org.schedc.bpf.asm;

/**
 * A jump target. It carries no position itself: each {@link BpfWriter} records where it was placed and patches
 * forward references then, so one label object can be replayed into several writers.
 */
public final class Label {
    private final String debugName;

    public Label() {
        this(null);
    }

    /** @param debugName shown only in error messages and {@link #toString()} */
    public Label(String debugName) {
        this.debugName = debugName;
    }

    @Override
    public String toString() {
        return debugName != null ? debugName : "Label@" + Integer.toHexString(System.identityHashCode(this));
    }
}
