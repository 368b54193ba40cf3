package org.schedc.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;
import org.schedc.bpf.btf.BtfType.Member;
import org.schedc.bpf.sys.MapInfo;
import org.schedc.bpf.sys.MapTypes;

/** The state map check accepts the layout the generated code was made for and names what differs otherwise. */
class StateMapCheckTest {
    private static final Path PIN = Path.of("/sys/fs/bpf/schedc/server_task_state");
    // 1 u64, 2 bool, 3 struct server_task_state { u64 started; u64 avg_run; bool boosted; }, 4 char, 5 char[16], 6 struct with comm
    private static final Btf BTF = new Btf(List.of(
            new BtfType.Int("u64", 8, 0, 0, 64),
            new BtfType.Int("bool", 1, 4, 0, 8),
            new BtfType.Struct("server_task_state", 24, List.of(new Member("started", 1, 0, 0), new Member("avg_run", 1, 64, 0),
                    new Member("boosted", 2, 128, 0))),
            new BtfType.Int("char", 1, 2, 0, 8),
            new BtfType.Array("", 4, 1, 16),
            new BtfType.Struct("p_task_state", 16, List.of(new Member("comm", 5, 0, 0)))));

    private static final PolicyShape.StateShape SERVER = new PolicyShape.StateShape("server_task_state", 24, List.of(
            new PolicyShape.StateField("started", 0, 8), new PolicyShape.StateField("avg_run", 8, 8), new PolicyShape.StateField("boosted", 16, 1)));

    private static MapInfo info(int type, int valueSize, int valueTypeId) {
        return new MapInfo(type, 3, 4, valueSize, 0, 1, "server_task_sta", 9, 0, valueTypeId);
    }

    @Test
    void acceptsTheLayoutItWasGeneratedFor() {
        assertDoesNotThrow(() -> StateMapCheck.check(PIN, MapTypes.TASK_STORAGE, "TASK_STORAGE", SERVER, info(MapTypes.TASK_STORAGE, 24, 3), Optional.of(BTF)));
        var comm = new PolicyShape.StateShape("p_task_state", 16, List.of(new PolicyShape.StateField("comm", 0, 16)));
        assertDoesNotThrow(() -> StateMapCheck.check(PIN, MapTypes.TASK_STORAGE, "TASK_STORAGE", comm, info(MapTypes.TASK_STORAGE, 16, 6), Optional.of(BTF)));
    }

    @Test
    void refusesEveryDifferenceWithAReason() {
        assertRefused("expected BPF_MAP_TYPE_TASK_STORAGE", SERVER, info(MapTypes.HASH, 24, 3), Optional.of(BTF));
        assertRefused("24-byte", new PolicyShape.StateShape("server_task_state", 32, SERVER.fields()), info(MapTypes.TASK_STORAGE, 24, 3), Optional.of(BTF));
        assertRefused("no usable BTF", SERVER, info(MapTypes.TASK_STORAGE, 24, 3), Optional.empty());
        assertRefused("no usable BTF", SERVER, info(MapTypes.TASK_STORAGE, 24, 99), Optional.of(BTF));
        assertRefused("expected struct server_task_state", SERVER, info(MapTypes.TASK_STORAGE, 24, 1), Optional.of(BTF));
        assertRefused("has no field 'sleep_avg'", new PolicyShape.StateShape("server_task_state", 24,
                List.of(new PolicyShape.StateField("sleep_avg", 16, 8))), info(MapTypes.TASK_STORAGE, 24, 3), Optional.of(BTF));
        assertRefused("field 'avg_run' is 8 bytes at offset 8, expected 8 bytes at offset 16", new PolicyShape.StateShape("server_task_state", 24,
                List.of(new PolicyShape.StateField("avg_run", 16, 8))), info(MapTypes.TASK_STORAGE, 24, 3), Optional.of(BTF));
        assertRefused("field 'boosted' is 1 bytes at offset 16, expected 4 bytes", new PolicyShape.StateShape("server_task_state", 24,
                List.of(new PolicyShape.StateField("boosted", 16, 4))), info(MapTypes.TASK_STORAGE, 24, 3), Optional.of(BTF));
    }

    private static void assertRefused(String text, PolicyShape.StateShape want, MapInfo info, Optional<Btf> btf) {
        PolicyMapException e = assertThrows(PolicyMapException.class, () -> StateMapCheck.check(PIN, MapTypes.TASK_STORAGE, "TASK_STORAGE", want, info, btf));
        assertTrue(e.getMessage().contains(text), e.getMessage());
        assertTrue(e.getMessage().contains(PIN.toString()), e.getMessage());
        assertEquals(PolicyMapException.INPUT, e.exitCode());
    }
}
