package org.schedc.testing;

import java.util.ArrayList;
import java.util.List;

/** The locals visible at a point of a generated body, innermost last. */
final class Scope {
    record Var(String name, Ty type, boolean mutable) {}

    private final Scope parent;
    private final List<Var> vars = new ArrayList<>();

    Scope(Scope parent) { this.parent = parent; }

    void add(String name, Ty type, boolean mutable) { vars.add(new Var(name, type, mutable)); }

    List<Var> visible() {
        List<Var> out = parent == null ? new ArrayList<>() : parent.visible();
        out.addAll(vars);
        return out;
    }

    List<Var> of(Ty t) { return visible().stream().filter(v -> v.type() == t).toList(); }

    List<Var> mutable() { return visible().stream().filter(v -> v.mutable() && v.type() != Ty.TASK).toList(); }
}
