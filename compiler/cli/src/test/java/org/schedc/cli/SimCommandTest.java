package org.schedc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `schedc sim`: exit 0 with a report, 1 for bad workloads and unmodelled objects (named), 2 for usage and I/O. */
class SimCommandTest {
    private static final Path REPO = Path.of(System.getProperty("user.dir")).getParent().getParent();

    record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private static String ex(String p) { return REPO.resolve(p).toString(); }

    @Test
    void simulatesAnExampleAndWritesATrace(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("t.json");
        Result r = run("sim", ex("examples/fifo.sched"), ex("examples/workloads/fifo.json"), "--cpus", "2", "--seconds", "0.5", "--trace", trace.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("policy fifo: enabled for the whole run\nmachine: 2 CPUs, 500.000ms simulated"), r.out());
        assertTrue(r.err().contains("fifo.json:2:30: warning: global \"calibration\" is not modelled (ignored)"), r.err());
        String json = Files.readString(trace);
        assertTrue(json.startsWith("{\"traceEvents\": [") && json.contains("\"name\": \"hog-0[1000]\""), json.substring(0, Math.min(300, json.length())));
        Result again = run("sim", ex("examples/fifo.sched"), ex("examples/workloads/fifo.json"), "--cpus", "2", "--seconds", "0.5");
        assertEquals(r.out(), again.out());
    }

    @Test
    void badWorkloadIsRefusedAtLineAndColumn(@TempDir Path dir) throws Exception {
        Path w = dir.resolve("w.json");
        Files.writeString(w, "{\n  \"tasks\": {\"a\": {\"run\": 10, \"sleep\": -1}}\n}\n");
        Result r = run("sim", ex("examples/fifo.sched"), w.toString());
        assertEquals(1, r.code(), r.toString());
        assertEquals(w + ":2:39: error[E0714]: \"sleep\" is -1, outside 0..1000000000000\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void unmodelledKfuncIsNamedWithProgramAndInstruction() {
        Result r = run("sim", ex("verifier-sim/src/test/resources/v2/c_v2_kptr_mask.bpf.o"), ex("examples/workloads/fifo.json"), "--seconds", "0.1");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("error[E0701]: program v_init, insn 10: kfunc bpf_cpumask_create is not modelled by the simulator"), r.err());
    }

    @Test
    void usageAndIoErrors() {
        assertEquals(2, run("sim", ex("examples/fifo.sched"), "/nonexistent.json").code());
        Result r = run("sim", ex("examples/fifo.sched"), ex("examples/workloads/fifo.json"), "--cpus", "0");
        assertEquals(2, r.code());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
