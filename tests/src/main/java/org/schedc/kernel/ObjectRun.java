package org.schedc.kernel;

import java.time.Duration;
import java.util.List;

/**
 * One object's block of a batch: the verdict plus what the harness itself needs
 * (detach outcome, timings, the object's optional .expect lines).
 */
public record ObjectRun(
        ObjectVerdict verdict,
        String detachState,
        Duration registerTime,
        Duration totalTime,
        boolean logTruncated,
        List<String> expect) {

    public ObjectRun {
        expect = List.copyOf(expect);
    }
}
