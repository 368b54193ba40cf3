package org.schedc.genjava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfReader;
import org.schedc.bpf.btf.BtfType;
import org.schedc.bpf.elf.ElfReader;
import org.schedc.bpf.sys.MapInfo;
import org.schedc.bpf.sys.MapTypes;
import org.schedc.control.PolicyShape;
import org.schedc.control.StateMapCheck;
import org.schedc.control.StatsMapCheck;
import org.schedc.control.TagKind;
import org.schedc.control.TagMapCheck;
import org.schedc.control.TagNames;
import org.schedc.sema.CheckedPolicy;
import org.schedc.testing.Golden;

/**
 * Every example's skeleton compiles with javac ({@code -Xlint:all -Werror}) against the runtime alone, and the shape
 * it checks at attach time passes the runtime's own map checks against the BTF of the object schedc compiles from
 * the same policy (the kernel test then drives one through real maps).
 */
class JavaSkeletonTest {
    static List<Path> examples() throws Exception {
        return GeneratedSources.examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void compilesAndItsShapeMatchesTheObject(Path example, @TempDir Path dir) throws Exception {
        GeneratedSources.Generated g = GeneratedSources.generate(example, dir);
        CheckedPolicy p = g.compiled().policy();
        PolicyShape shape = (PolicyShape) g.type("Policy").getField("SHAPE").get(null);
        assertEquals(p.name(), shape.policy());
        Btf btf = BtfReader.read(ElfReader.read(g.compiled().output().elf()).section(".BTF").orElseThrow().data());
        Path pin = Path.of("/sys/fs/bpf/" + p.name());

        if (!p.tags().isEmpty()) {
            int id = btf.find(p.name() + "_tag", BtfType.Enum.class).orElseThrow();
            TagNames names = TagMapCheck.check(pin, p.name(), TagKind.TASK, info(MapTypes.HASH, 4, 4, id), Optional.of(btf));
            var expected = new LinkedHashMap<>(names.byName());
            expected.remove(TagNames.NONE);
            assertEquals(expected, shape.tags(), "tag numbers as the object's enum has them");
            Object[] constants = g.type("Tag").getEnumConstants();
            assertEquals(p.tags().size(), constants.length);
            for (Object c : constants) {
                String name = (String) c.getClass().getMethod("policyName").invoke(c);
                assertEquals(names.number(name), (long) c.getClass().getMethod("number").invoke(c), name);
            }
        } else {
            assertTrue(shape.tags().isEmpty());
        }

        var statsId = btf.find(p.name() + "_stats", BtfType.Struct.class);
        assertEquals(statsId.isPresent(), !shape.counters().isEmpty(), "counters exactly when the object has a stats map");
        if (statsId.isPresent()) checkCounters(g, btf, statsId.getAsInt(), shape, pin);

        checkState(shape.taskState(), btf, MapTypes.TASK_STORAGE, "TASK_STORAGE", pin);
        checkState(shape.cpuState(), btf, MapTypes.PERCPU_ARRAY, "PERCPU_ARRAY", pin);
        assertEquals(shape.taskState().isPresent(), exists(g, "TaskState"));
        assertEquals(shape.cpuState().isPresent(), exists(g, "CpuState"));
    }

    private static void checkCounters(GeneratedSources.Generated g, Btf btf, int stats, PolicyShape shape, Path pin) throws Exception {
        String name = shape.policy();
        var layout = StatsMapCheck.check(pin, name, info(MapTypes.PERCPU_ARRAY, 4, (int) btf.sizeOf(stats), stats), Optional.of(btf));
        assertEquals(layout.counters(), shape.counters(), "counters in the object's struct order");
        List<String> components = Arrays.stream(g.type("Counters").getRecordComponents()).map(RecordComponent::getName).toList();
        assertEquals(layout.counters().stream().map(JavaNames::lowerCamel).toList(), components);
    }

    private static void checkState(Optional<PolicyShape.StateShape> s, Btf btf, int type, String typeName, Path pin) throws Exception {
        if (s.isEmpty()) return;
        int id = btf.find(s.get().struct(), BtfType.Struct.class).orElseThrow();
        StateMapCheck.check(pin, type, typeName, s.get(), info(type, 4, (int) btf.sizeOf(id), id), Optional.of(btf));
    }

    private static boolean exists(GeneratedSources.Generated g, String suffix) {
        try {
            g.type(suffix);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static MapInfo info(int type, int keySize, int valueSize, int valueTypeId) {
        return new MapInfo(type, 7, keySize, valueSize, 1, 0, "m", 3, 1, valueTypeId);
    }

    /** The whole generated text of one policy with tags, counters and task state, as users see it. */
    @Test
    void serverSkeletonMatchesItsGoldenText(@TempDir Path dir) throws Exception {
        var files = JavaSkeleton.generate(GeneratedSources.compile(GeneratedSources.EXAMPLES.resolve("server.sched")).policy(), "com.example.server");
        StringBuilder all = new StringBuilder();
        for (var f : files) all.append("==== ").append(f.typeSpec().name()).append(".java\n").append(f);
        Golden.check(Golden.RESOURCES.resolve("golden/server.java.txt"), all.toString());
    }

    @Test
    void refusesNamesThatAreNotJavaPackages() throws Exception {
        CheckedPolicy p = GeneratedSources.compile(GeneratedSources.EXAMPLES.resolve("fifo.sched")).policy();
        for (String bad : List.of("", "1abc", "com.class", "java.util", "a..b", "a-b", "com.example.")) {
            assertFalse(JavaSkeleton.validPackage(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> JavaSkeleton.generate(p, bad), bad);
        }
        assertTrue(JavaSkeleton.validPackage("com.example.game"));
    }
}
