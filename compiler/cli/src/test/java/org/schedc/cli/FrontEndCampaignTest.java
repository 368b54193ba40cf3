package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.schedc.testsupport.Campaign;
import org.schedc.testsupport.Campaign.Outcome;
import org.schedc.testsupport.Campaign.Result;
import org.schedc.testing.Cli;
import org.schedc.testing.PolicyGenerator;

/**
 * Mutation campaign on the front end: the examples, the library modules and generated policies, broken by one to
 * four random edits ({@link MutatedPolicyPropertiesTest#mutate}), each run through {@code compile}, {@code check}
 * and {@code fmt --stdout}. Every run must end in a result or a diagnostic: no exit 3, no stack trace, exit 1 only
 * with a diagnostic, an object exactly when the compile succeeded, no file left behind, no hang.
 */
class FrontEndCampaignTest {
    private static final Duration PER_INPUT = Duration.ofSeconds(30);
    private static final List<String> SOURCES = sources();

    private static List<String> sources() {
        List<String> out = new ArrayList<>();
        Path repo = MainCliTest.EXAMPLES.getParent();
        for (Path dir : List.of(MainCliTest.EXAMPLES, repo.resolve("stdlib/src/main/sched"))) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".sched")).sorted().toList()) out.add(Files.readString(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    @Test
    void mutatedPoliciesNeverCrashOrHangTheFrontEnd() {
        Campaign.Report r = Campaign.run("front-end", PER_INPUT, FrontEndCampaignTest::trial);
        assertEquals(0, r.count(Outcome.CRASH) + r.count(Outcome.HANG), () -> r.summary() + "\n" + r.findings());
    }

    static Result trial(long seed) throws IOException {
        Random rnd = new Random(seed);
        String base = rnd.nextInt(3) == 0 ? new PolicyGenerator(seed).generate() : SOURCES.get(rnd.nextInt(SOURCES.size()));
        List<MutatedPolicyPropertiesTest.Mutation> edits = new ArrayList<>();
        String junkChars = "{}()[]<>=!&|+-*/%^~.,:;\"'\\_?@#$`\t\n 0x9azZ\u00e9\u2028\u0000\uffff";
        for (int k = 0, n = 1 + rnd.nextInt(4); k < n; k++) {
            StringBuilder junk = new StringBuilder();
            for (int j = 0, m = 1 + rnd.nextInt(6); j < m; j++) junk.append(junkChars.charAt(rnd.nextInt(junkChars.length())));
            var kinds = MutatedPolicyPropertiesTest.Kind.values();
            edits.add(new MutatedPolicyPropertiesTest.Mutation(kinds[rnd.nextInt(kinds.length)], rnd.nextDouble(), rnd.nextDouble(), junk.toString()));
        }
        byte[] source = MutatedPolicyPropertiesTest.mutate(base, edits);
        Path dir = Files.createTempDirectory("schedc-campaign");
        try {
            Path src = dir.resolve("mutant.sched"), out = dir.resolve("mutant.bpf.o");
            Files.write(src, source);
            Result compile = judge("compile", Cli.run("compile", src.toString(), "-o", out.toString()), true);
            if (compile.outcome() == Outcome.ACCEPTED != Files.exists(out)) return new Result(Outcome.CRASH, "an object exists " + Files.exists(out) + " after " + compile);
            Files.deleteIfExists(out);
            Result check = judge("check", Cli.run("check", src.toString()), false);
            Result fmt = judge("fmt", Cli.run("fmt", "--stdout", src.toString()), false);
            try (Stream<Path> left = Files.list(dir)) {
                if (left.count() != 1) return new Result(Outcome.CRASH, "files left behind in " + dir);
            }
            return worst(worst(compile, check), fmt);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    static Result judge(String command, Cli.Result r, boolean inputErrorsOnly) {
        if (r.exit() == Main.INTERNAL || Cli.hasStackTrace(r.all())) return new Result(Outcome.CRASH, command + ": " + r);
        if (r.exit() == Main.OK) return Result.of(Outcome.ACCEPTED);
        // exit 1 is "the input has errors": it must say which, as a diagnostic
        if (r.exit() == Main.INPUT_ERRORS && r.all().contains("error[")) return Result.of(Outcome.REFUSED);
        if (r.exit() == Main.USAGE && !inputErrorsOnly && !r.err().isBlank()) return Result.of(Outcome.REFUSED);
        return new Result(Outcome.CRASH, command + ": unexpected exit or no message: " + r);
    }

    static Result worst(Result a, Result b) { return a.outcome().compareTo(b.outcome()) >= 0 ? a : b; }
}
