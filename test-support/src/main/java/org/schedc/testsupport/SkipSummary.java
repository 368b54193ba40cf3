package org.schedc.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the tests that did not run (aborted by an assumption, or disabled) by tag and prints one summary
 * line when the test run ends, e.g. {@code [schedc] skipped by tag: needs-llvm 3, untagged 1}, also written to
 * {@code target/skipped-by-tag.txt}. An untagged skip is listed by name: every skip should say what it needs.
 * Registered through META-INF/services, so every module that has this on its test classpath gets it.
 */
public final class SkipSummary implements TestExecutionListener {
    private final Map<String, Integer> byTag = new TreeMap<>();
    private final List<String> untagged = new ArrayList<>();
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        byTag.clear();
        untagged.clear();
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        count(id, "disabled: " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) count(id, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    }

    private void count(TestIdentifier id, String reason) {
        List<String> tags = new ArrayList<>();
        for (TestIdentifier t = id; t != null; t = plan == null ? null : plan.getParent(t).orElse(null)) {
            for (TestTag tag : t.getTags()) if (!tags.contains(tag.getName())) tags.add(tag.getName());
        }
        if (tags.isEmpty()) {
            byTag.merge("untagged", 1, Integer::sum);
            untagged.add(id.getLegacyReportingName() + " (" + reason + ")");
        }
        for (String tag : tags) byTag.merge(tag, 1, Integer::sum);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        StringBuilder line = new StringBuilder("[schedc] skipped by tag: ");
        if (byTag.isEmpty()) line.append("none");
        byTag.forEach((tag, n) -> line.append(line.toString().endsWith(": ") ? "" : ", ").append(tag).append(' ').append(n));
        StringBuilder all = new StringBuilder(line).append('\n');
        for (String u : untagged) all.append("[schedc]   untagged skip: ").append(u).append('\n');
        System.out.print(all);
        System.out.flush();
        try {
            Path dir = Path.of("target");
            if (Files.isDirectory(dir)) Files.writeString(dir.resolve("skipped-by-tag.txt"), all, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // The console line is the summary; the file is a convenience.
        }
    }
}
