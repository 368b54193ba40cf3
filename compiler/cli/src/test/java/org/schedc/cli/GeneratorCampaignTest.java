package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schedc.diag.SourceFile;
import org.schedc.format.Formatter;
import org.schedc.testing.Compilation;
import org.schedc.testing.PolicyGenerator;
import org.schedc.testsupport.Campaign;
import org.schedc.testsupport.Campaign.Outcome;
import org.schedc.testsupport.Campaign.Result;

/**
 * The generator campaign (issue 14 item 9): valid policies from {@link PolicyGenerator}, each compiled (parse to
 * verifier-sim, both kernels) and formatted twice. A refusal is counted with its diagnostic code (a valid policy
 * may still meet a verifier limit, E0702, which names the loop and the rewrite); an internal error, a refusal
 * without a code, the catch-all E0701 ("schedc bug") or fmt not being idempotent is a crash.
 */
class GeneratorCampaignTest {
    private static final Duration PER_INPUT = Duration.ofSeconds(60);

    @Test
    void generatedPoliciesCompileOrAreRefusedWithAReason() {
        Campaign.Report r = Campaign.run("generator", PER_INPUT, GeneratorCampaignTest::trial);
        assertEquals(0, r.count(Outcome.CRASH) + r.count(Outcome.HANG), () -> r.summary() + "\n" + r.findings());
    }

    static Result trial(long seed) throws Exception {
        String policy = new PolicyGenerator(seed).generate();
        String once = Formatter.format(new SourceFile("gen.sched", policy));
        if (!Formatter.format(new SourceFile("gen.sched", once)).equals(once)) return new Result(Outcome.CRASH, "fmt is not idempotent");
        Compilation.Outcome o = Compilation.compile("gen.sched", policy, List.of());
        if (o.succeeded()) return Result.of(Outcome.ACCEPTED);
        if (o.diagnostics().isEmpty()) return new Result(Outcome.CRASH, "refused without a diagnostic");
        String code = o.diagnostics().getFirst().code();
        if (code.equals("E0701")) return new Result(Outcome.CRASH, "a 'schedc bug' refusal: " + o.golden());
        return new Result(Outcome.REFUSED, code);
    }
}
