package org.schedc.kernel;

import java.time.Duration;
import java.util.List;

/**
 * One object's block of a batch: the verdict plus what the harness itself needs
 * (detach outcome, timings, the object's optional .expect lines) and, for an object
 * with a scenario script, what the script printed and its exit code (null when none ran).
 */
public record ObjectRun(
        ObjectVerdict verdict,
        String detachState,
        Duration registerTime,
        Duration totalTime,
        boolean logTruncated,
        List<String> expect,
        List<String> scenario,
        Integer scenarioRc) {

    public ObjectRun {
        expect = List.copyOf(expect);
        scenario = List.copyOf(scenario);
    }

    /** Scenario lines of the form {@code KEY VALUE...} whose key is {@code key}, values only. */
    public List<String> scenarioValues(String key) {
        String prefix = key + " ";
        return scenario.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
    }
}
