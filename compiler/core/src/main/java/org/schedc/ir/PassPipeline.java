package org.schedc.ir;

import java.util.List;

/**
 * An ordered list of stages, each a single {@link Pass} or a group of passes repeated until none of them
 * changes the function (at most {@code maxRounds} times). After every pass that runs, the observer sees the
 * function, and with the system property {@code schedc.verifyIr=true} the {@link IrVerifier} checks it.
 */
public record PassPipeline(List<Stage> stages) {
    public static final String VERIFY_PROPERTY = "schedc.verifyIr";

    public PassPipeline {
        stages = List.copyOf(stages);
    }

    public sealed interface Stage {
        record Once(Pass pass) implements Stage {}
        /** The passes in order, round after round, until a round changes nothing. */
        record Repeat(String name, int maxRounds, List<Pass> passes) implements Stage {
            public Repeat {
                passes = List.copyOf(passes);
            }
        }
    }

    /** Sees the function after each pass (for {@code --dump-ir=all}); {@code round} is 0 outside a repeated group. */
    @FunctionalInterface
    public interface Observer {
        Observer NONE = (pass, round, fn) -> { };

        void afterPass(Pass pass, int round, Ir.Function fn);
    }

    public void run(Ir.Function fn) { run(fn, Observer.NONE); }

    public void run(Ir.Function fn, Observer observer) {
        boolean verify = Boolean.getBoolean(VERIFY_PROPERTY);
        if (verify) IrVerifier.check(fn, "lowering", false);
        boolean legal = false;
        for (Stage s : stages) {
            switch (s) {
                case Stage.Once o -> {
                    o.pass().run(fn);
                    legal |= o.pass().name().equals(LEGALISE);
                    after(o.pass(), 0, fn, observer, verify, legal);
                }
                case Stage.Repeat r -> {
                    for (int round = 1; round <= r.maxRounds(); round++) {
                        boolean changed = false;
                        for (Pass p : r.passes()) {
                            changed |= p.run(fn);
                            after(p, round, fn, observer, verify, legal);
                        }
                        if (!changed) break;
                    }
                }
            }
        }
    }

    /** The name of the pass after which immediates must fit their instruction encodings. */
    public static final String LEGALISE = "legalise";

    private static void after(Pass p, int round, Ir.Function fn, Observer observer, boolean verify, boolean legal) {
        if (verify) IrVerifier.check(fn, p.name() + (round > 0 ? " (round " + round + ")" : ""), legal);
        observer.afterPass(p, round, fn);
    }

    /** The pass names in the order they first run, for documentation and {@code --dump-ir}. */
    public List<String> passNames() {
        return stages.stream().flatMap(s -> switch (s) {
            case Stage.Once o -> java.util.stream.Stream.of(o.pass().name());
            case Stage.Repeat r -> r.passes().stream().map(Pass::name);
        }).toList();
    }
}
