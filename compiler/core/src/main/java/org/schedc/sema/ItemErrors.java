package org.schedc.sema;

import java.util.List;
import org.schedc.ast.Ast;
import org.schedc.diag.Span;

/** The catalogue of errors about the policy's items and their limits (state, modules, tags, timeout). */
final class ItemErrors {
    private ItemErrors() {}

    static SemaError secondStateBlock(Span at, String owner) {
        return new SemaError("E0319", at, "a policy has one " + owner + " state block; merge the fields into the first");
    }

    static SemaError stateFieldType(Span at, Type t) {
        return new SemaError("E0319", at, "state fields are integers, bool or u8 arrays, not " + t.display());
    }

    static SemaError moveFromGlobal(Span at) {
        return new SemaError("E0321", at, "'move global to local' is refused by the kernel (invalid DSQ ID): the kernel drains the global queue into idle CPUs itself; insert into a queue of your own if dispatch should choose");
    }

    static SemaError notInModule(Span at, String what, String module) {
        return new SemaError("E0322", at, "a module holds consts, queues, vars, counters and fns; " + what + " belong in the policy that imports '" + module + "'");
    }

    static SemaError secondTags(Span at, Ast.Item.Tags first) {
        return new SemaError("E0328", at, "a policy has one 'tags' item; list every tag there",
                List.of(SemaError.here(first.span(), "the first 'tags' item")));
    }

    static SemaError secondClassify(Span at, Ast.Item.Classify first) {
        return new SemaError("E0328", at, "a policy has one 'classify' block; rules are tried in order, put them all there",
                List.of(SemaError.here(first.span(), "the first 'classify' block")));
    }

    static SemaError timeoutRange(Span at) {
        return new SemaError("E0501", at, "timeout must be between 1ms and 30s (the sched_ext watchdog limit)");
    }
}
