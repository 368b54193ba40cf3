package org.schedc.driver;

import java.util.List;
import java.util.concurrent.Callable;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.diag.Span;
import org.schedc.kabi.Kabi;
import org.schedc.object.ObjectAssembler;
import org.schedc.sema.CheckedPolicy;
import org.schedc.verifier.ObjectFormatException;
import org.schedc.verifier.ProgramVerdict;
import org.schedc.verifier.VerifierSim;
import org.schedc.verifier.VerifyReport;

/**
 * The verifier-sim gate between code generation and the written object: every target kernel's predicted verdict,
 * a rejection reported at the DSL line. Kept out of {@link Compiler} so the pipeline stays one screen long.
 */
public final class VerifierGate {
    /**
     * Set (only by {@code compile --no-verify}) to write the object without the gate, so that a refused object can be
     * loaded into real kernels to find out whether the kernel or verifier-sim is right. A scoped value rather than an
     * option field: the driver's {@code Options} record is shared with the language server and {@code check}, which
     * must never skip verification.
     */
    public static final ScopedValue<Boolean> SKIP = ScopedValue.newInstance();

    private VerifierGate() {}

    /** Runs {@code body} with the gate off (diagnosis only). */
    public static <T> T withoutVerification(Callable<T> body) throws Exception {
        return ScopedValue.where(SKIP, Boolean.TRUE).call(body::call);
    }

    /** True when the object may be written: every target kernel's verifier is predicted to accept it. */
    static boolean check(SourceFile file, ObjectAssembler.Output output, List<Kabi> targets, CheckedPolicy policy, Diagnostics diags, Span fallback) {
        if (SKIP.orElse(Boolean.FALSE)) return true;
        boolean ok = true;
        for (Kabi k : targets) {
            try {
                VerifyReport report = VerifierSim.verify(output.elf(), k.btf(), k.name(), org.schedc.verifier.Options.defaults());
                for (ProgramVerdict v : report.rejected()) {
                    ok = false;
                    Span at = v.source() == null ? fallback : file.span(file.offsetOf(v.source().line(), v.source().column()), file.offsetOf(v.source().line(), v.source().column()) + 1);
                    diags.error("E0701", file, at, "kernel " + k.name() + " would reject " + v.section() + " at instruction " + v.insnIndex() + ": "
                            + v.message() + " [" + v.ruleId() + "] (this is a schedc bug; please report it with this policy)");
                }
            } catch (ObjectFormatException e) {
                ok = false;
                diags.error("E0701", file, fallback, "schedc produced an object it cannot read back: " + e.getMessage() + " (this is a schedc bug)");
            }
        }
        return ok;
    }
}
