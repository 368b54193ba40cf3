package org.schedc.bpf.elf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfKernelRules;
import org.schedc.bpf.btf.BtfReader;
import org.schedc.bpf.btf.BtfType;

class BtfKernelRulesTest {

    @Test
    void objectsThatLoadedOnRealKernelsHaveNoProblems() throws Exception {
        for (byte[] obj : List.of(SampleObjects.minimalStructOps(), SampleObjects.richStructOps())) {
            Btf btf = BtfReader.read(ElfReader.read(obj).section(".BTF").orElseThrow().data());
            assertEquals(List.of(), BtfKernelRules.problems(btf));
        }
    }

    @Test
    void typicalEmitterMistakesAreReported() {
        Btf bad = new Btf(List.of(
                new BtfType.Int("int", 4, 1, 0, 32),                                            // 1
                new BtfType.Ptr("named_ptr", 1),                                                // 2
                new BtfType.FuncProto("", 1, List.of(new BtfType.Param("", 1))),                // 3
                new BtfType.Func("prog", 3, 1),                                                 // 4 unnamed param
                new BtfType.Var("a", 1, 1),                                                     // 5
                new BtfType.Var("b", 1, 1),                                                     // 6
                new BtfType.Datasec(".data", 8, List.of(new BtfType.SecVar(6, 4, 4), new BtfType.SecVar(5, 0, 4))), // 7 unsorted
                new BtfType.Datasec(".bss", 4, List.of(new BtfType.SecVar(5, 0, 8))),          // 8 wrong size, past end
                new BtfType.Struct("s", 4, List.of(new BtfType.Member("x", 1, 32, 0))),         // 9 past end
                new BtfType.Func("bad-name", 3, 2)));                                           // 10
        List<String> p = BtfKernelRules.problems(bad);
        assertTrue(has(p, "type id 2", "anonymous"), p.toString());
        assertTrue(has(p, "type id 4", "parameter 0"), p.toString());
        assertTrue(has(p, "type id 7", "not sorted"), p.toString());
        assertTrue(has(p, "type id 8", "past the section"), p.toString());
        assertTrue(has(p, "type id 8", "differs"), p.toString());
        assertTrue(has(p, "type id 9", "past the struct"), p.toString());
        assertTrue(has(p, "type id 10", "identifier"), p.toString());
        assertEquals(7, p.size(), p.toString());
    }

    private static boolean has(List<String> problems, String where, String what) {
        return problems.stream().anyMatch(s -> s.startsWith(where + " ") && s.contains(what));
    }
}
