package org.schedc.sema;

import java.util.Map;
import java.util.Set;
import org.schedc.kabi.Kabi;
import org.schedc.kabi.KabiRegistry;
import org.schedc.kabi.SnapshotSelection;

/** Which structs the bundled kernel snapshots keep only in part (selection.txt's {@code struct NAME: members}). */
final class BundledSchema {
    private BundledSchema() {}

    /** Loaded on first use: only a missing kernel field needs it. */
    private static final class Holder {
        static final Map<String, Set<String>> CUT = SnapshotSelection.load().structMembers();
        static final Set<String> BUNDLED = Set.copyOf(KabiRegistry.defaultKernels());
    }

    /** Whether {@code k} is a bundled snapshot whose {@code struct} lacks members the real kernel has. */
    static boolean cuts(Kabi k, String struct) {
        return Holder.BUNDLED.contains(k.name()) && Holder.CUT.containsKey(struct);
    }
}
