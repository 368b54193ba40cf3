package org.schedc.driver;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.schedc.ast.Ast;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.diag.Span;
import org.schedc.kabi.Kabi;
import org.schedc.object.ObjectAssembler;
import org.schedc.sema.CheckedPolicy;
import org.schedc.bpf.link.ObjectFormatException;
import org.schedc.verifier.Options;
import org.schedc.verifier.ProgramVerdict;
import org.schedc.verifier.Rule;
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

    /**
     * True when the object may be written: every target kernel's verifier is predicted to accept it. A rejection for
     * the verifier's own limits (1,000,000 processed instructions, 8,192 pending branches) is the policy's limit, not
     * a schedc bug: it becomes E0702 at the loop nest that multiplies out ({@link LoopNests}), and so does a nest whose
     * iterations alone are over the limit, found before any verification so that the answer comes at once.
     */
    static boolean check(SourceFile file, ObjectAssembler.Output output, List<Kabi> targets, CheckedPolicy policy, Diagnostics diags, Span fallback) {
        if (SKIP.orElse(Boolean.FALSE)) return true;
        LoopNests nests = new LoopNests(policy);
        boolean ok = true;
        for (LoopNests.Nest n : nests.all()) {
            // each iteration processes at least the loop test and the jump back; an exit inside makes the count a bound
            if (n.inexact() || n.iterations() <= Options.KERNEL_INSN_LIMIT / 2) continue;
            ok = false;
            diags.error("E0702", file, header(file, n.loop()), nestText(n) + "; the kernel's verifier walks every iteration (at least 2 instructions each) and gives up at "
                    + String.format("%,d", Options.KERNEL_INSN_LIMIT) + " processed instructions: " + advice(n));
        }
        if (!ok) return false;
        for (Kabi k : targets) {
            boolean limit = false;
            try {
                VerifyReport report = VerifierSim.verify(output.elf(), k.btf(), k.name(), Options.defaults());
                for (ProgramVerdict v : report.rejected()) {
                    ok = false;
                    Span at = v.source() == null ? fallback : file.span(file.offsetOf(v.source().line(), v.source().column()), file.offsetOf(v.source().line(), v.source().column()) + 1);
                    if (v.ruleId().equals(Rule.INSN_LIMIT.id())) {
                        limit = true;
                        reportLimit(file, nests, k, v, at, diags);
                        continue;
                    }
                    diags.error("E0701", file, at, "kernel " + k.name() + " would reject " + v.section() + " at instruction " + v.insnIndex() + ": "
                            + v.message() + " [" + v.ruleId() + "] (this is a schedc bug; please report it with this policy)");
                }
            } catch (ObjectFormatException e) {
                ok = false;
                diags.error("E0701", file, fallback, "schedc produced an object it cannot read back: " + e.getMessage() + " (this is a schedc bug)");
            }
            // the other kernels' verifiers walk the same paths and give up the same way: a second walk only doubles the wait
            if (limit) break;
        }
        return ok;
    }

    /** How to rewrite a nest: the language has no other loop, so the cost can only shrink or be spread out. */
    private static String advice(LoopNests.Nest n) {
        return "reduce the bounds" + (n.branches() > 0 ? ", move conditions that do not depend on the loop variables out of the loop," : "")
                + " or spread the work over several calls (keep the position in a global and do a bounded part per call)";
    }

    private static void reportLimit(SourceFile file, LoopNests nests, Kabi k, ProgramVerdict v, Span at, Diagnostics diags) {
        String callback = v.section().substring(v.section().indexOf('/') + 1);
        boolean jumps = v.message().startsWith("The sequence of");
        String gaveUp = "kernel " + k.name() + (jumps
                ? " gives up with more than 8,192 branches waiting to be explored (\"" + v.message() + "\")"
                : " gives up at " + String.format("%,d", Options.KERNEL_INSN_LIMIT) + " processed instructions");
        Optional<LoopNests.Nest> nest = v.source() == null ? Optional.empty() : nests.around(callback, v.source().line());
        if (nest.isEmpty()) nest = nests.largest(callback);
        if (nest.isPresent()) {
            LoopNests.Nest n = nest.get();
            diags.error("E0702", file, header(file, n.loop()), nestText(n) + "; the kernel's verifier walks every iteration"
                    + (n.branches() > 0 ? " and both sides of every branch it cannot decide" : "") + ", and " + gaveUp + ": " + advice(n));
            return;
        }
        diags.error("E0702", file, at, "verifying " + callback + " has too many paths for the kernel: " + gaveUp
                + "; merge branches early (compute a value in the branches and act on it once after them)");
    }

    private static String nestText(LoopNests.Nest n) {
        return (n.bounds().size() > 1 ? "this loop nest runs " : "this loop runs ") + (n.inexact() ? "up to " : "") + String.format("%,d", n.iterations())
                + " iterations" + n.boundsText() + (n.branches() == 0 ? "" : " with " + n.branches() + (n.branches() == 1 ? " branch" : " branches") + " in its body");
    }

    /** {@code for i in A..B}: the loop's header, where the bounds a user would change are. */
    private static Span header(SourceFile file, Ast.Stmt.For f) {
        return file.span(f.span().start(), f.to().span().end());
    }
}
