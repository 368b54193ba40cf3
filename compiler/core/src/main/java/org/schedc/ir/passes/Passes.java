package org.schedc.ir.passes;

import java.util.List;
import org.schedc.ir.Pass;
import org.schedc.ir.PassPipeline;
import org.schedc.ir.PassPipeline.Stage;

/**
 * The compiler's pass list, run by the driver on every lowered function: the clean-up passes repeated
 * until nothing changes (at most {@link #ROUNDS} rounds, as the code has always done), then legalisation.
 */
public final class Passes {
    private Passes() {}

    public static final int ROUNDS = 8;

    public static final Pass CONSTANTS = new Pass("constant-propagation", ConstantPropagation::run);
    public static final Pass CSE = new Pass("common-subexpressions", CommonSubexpressions::run);
    public static final Pass BRANCHES = new Pass("branch-folding", BranchFolding::run);
    public static final Pass JUMPS = new Pass("jump-threading", JumpThreading::run);
    public static final Pass UNREACHABLE = new Pass("unreachable-blocks", UnreachableBlocks::run);
    public static final Pass DEAD_CODE = new Pass("dead-code", DeadCode::run);
    public static final Pass LEGALISE = new Pass(PassPipeline.LEGALISE, Legalise::run);

    public static final PassPipeline STANDARD = new PassPipeline(List.of(
            new Stage.Repeat("cleanup", ROUNDS, List.of(CONSTANTS, CSE, BRANCHES, JUMPS, UNREACHABLE, DEAD_CODE)),
            new Stage.Once(LEGALISE)));
}
