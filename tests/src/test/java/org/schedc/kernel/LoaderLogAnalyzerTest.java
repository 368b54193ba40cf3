package org.schedc.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LoaderLogAnalyzerTest {

    @Test
    void libbpfOnlyFailureUsesTheFirstSpecificLibbpfError() {
        var a = LoaderLogAnalyzer.analyze(List.of(
                "libbpf: object 'x': failed (-95) to create BPF token from '/sys/fs/bpf', skipping optional step...",
                "libbpf: extern (func ksym) 'scx_bpf_nope': not found in kernel or module BTFs",
                "libbpf: failed to load object 'x.bpf.o'"));
        assertEquals(List.of(), a.programs());
        assertNull(a.error(), "no program failed: the parser adds libbpf errors only for unregistered objects");
        assertEquals("libbpf: extern (func ksym) 'scx_bpf_nope': not found in kernel or module BTFs",
                LoaderLogAnalyzer.firstLibbpfError(List.of(
                        "libbpf: object 'x': failed (-95) to create BPF token from '/sys/fs/bpf', skipping optional step...",
                        "libbpf: extern (func ksym) 'scx_bpf_nope': not found in kernel or module BTFs")).orElseThrow());
    }

    /** Synthetic verifier logs in the shape both kernels print: the analyzer recovers every count and the error. */
    @Property(tries = 200)
    void recoversStatsAndFirstError(@ForAll("programs") List<String> names,
                                    @ForAll @IntRange(min = 1, max = 999_999) int insns,
                                    @ForAll @IntRange(min = -1, max = 5) int failingProgram,
                                    @ForAll @IntRange(min = 0, max = 4000) int failingInsn,
                                    @ForAll boolean explanationBlock) {
        var log = new ArrayList<String>();
        log.add("libbpf: loading object from /objects/x.bpf.o");
        int failAt = failingProgram < names.size() ? failingProgram : -1;
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            boolean fails = i == failAt;
            if (fails) {
                log.add("libbpf: prog '" + n + "': BPF program load failed: Permission denied");
            }
            log.add("libbpf: prog '" + n + "': -- BEGIN PROG LOAD LOG --");
            log.add("func#0 @0");
            log.add("0: R1=ctx() R10=fp0");
            log.add("; int x = 1; @ x.bpf.c:3");
            int last = fails ? failingInsn : 7;
            log.add(last + ": (85) call some_kfunc#1234");
            if (fails) {
                log.add("R1 type=scalar expected=fp, pkt, pkt_meta, map_key, map_value");
                if (explanationBlock) {
                    log.add("");
                    log.add("Verification failed: Policy: Operation is not allowed");
                    log.add("Reason:");
                    log.add("  >>> 12 | (85) call some_kfunc");
                }
            }
            log.add("verification time 42 usec");
            log.add("stack depth 0");
            log.add("processed " + (insns + i) + " insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0");
            log.add("-- END PROG LOAD LOG --");
            if (fails) {
                log.add("libbpf: prog '" + n + "': failed to load: -13");
                break;
            }
        }
        var a = LoaderLogAnalyzer.analyze(log);
        int loaded = failAt < 0 ? names.size() : failAt + 1;
        var expected = new ArrayList<ProgramStat>();
        for (int i = 0; i < loaded; i++) {
            expected.add(new ProgramStat(names.get(i), insns + i));
        }
        assertEquals(expected, a.programs());
        if (failAt < 0) {
            assertNull(a.error());
            assertNull(a.failingInsn());
        } else {
            assertEquals("R1 type=scalar expected=fp, pkt, pkt_meta, map_key, map_value", a.error());
            assertEquals(failingInsn, a.failingInsn());
        }
    }

    @Provide
    Arbitrary<List<String>> programs() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('_').ofMinLength(1).ofMaxLength(20)
                .list().ofMinSize(1).ofMaxSize(6).uniqueElements();
    }
}
