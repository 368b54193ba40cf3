package org.schedc.genjava;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import javax.lang.model.SourceVersion;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The generated records read what the BPF side stores: state bytes written at the object's offsets decode to the
 * same values (server: u64s and a bool; video: a per-CPU bool), counters map by name; and any DSL name becomes a
 * distinct, legal Java name.
 */
class GeneratedValuesPropertiesTest {
    private static GeneratedSources.Generated server, video;

    @BeforeContainer
    static void generate() throws Exception {
        server = GeneratedSources.generate(GeneratedSources.EXAMPLES.resolve("server.sched"), Files.createTempDirectory("genjava-server"));
        video = GeneratedSources.generate(GeneratedSources.EXAMPLES.resolve("video.sched"), Files.createTempDirectory("genjava-video"));
    }

    @Property(tries = 200)
    void serverTaskStateDecodesWhatTheObjectStores(@ForAll long started, @ForAll long avgRun, @ForAll long sleepAvg, @ForAll boolean boosted) throws Exception {
        var st = server.compiled().policy().taskState();
        ByteBuffer b = ByteBuffer.allocate(st.size()).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(st.field("started").orElseThrow().offset(), started);
        b.putLong(st.field("avg_run").orElseThrow().offset(), avgRun);
        b.putLong(st.field("sleep_avg").orElseThrow().offset(), sleepAvg);
        b.put(st.field("boosted").orElseThrow().offset(), (byte) (boosted ? 1 : 0));
        Class<?> type = server.type("TaskState");
        Object decoded = type.getMethod("decode", byte[].class).invoke(null, (Object) b.array());
        assertEquals(started, type.getMethod("started").invoke(decoded));
        assertEquals(avgRun, type.getMethod("avgRun").invoke(decoded));
        assertEquals(sleepAvg, type.getMethod("sleepAvg").invoke(decoded));
        assertEquals(boosted, type.getMethod("boosted").invoke(decoded));
    }

    @Property(tries = 100)
    void videoCpuStateDecodesAnyNonZeroByteAsTrue(@ForAll byte flag) throws Exception {
        var st = video.compiled().policy().cpuState();
        byte[] v = new byte[st.size()];
        v[st.field("running_decoder").orElseThrow().offset()] = flag;
        Class<?> type = video.type("CpuState");
        assertEquals(flag != 0, type.getMethod("runningDecoder").invoke(type.getMethod("decode", byte[].class).invoke(null, (Object) v)));
    }

    @Property(tries = 100)
    void countersTakeEachValueByItsPolicyName(@ForAll("counterValues") List<Long> values) throws Exception {
        List<String> names = server.compiled().policy().counters().stream().map(c -> c.name()).toList();
        Assume.that(values.size() >= names.size());
        var map = new LinkedHashMap<String, Long>();
        for (int i = names.size() - 1; i >= 0; i--) map.put(names.get(i), values.get(i)); // reverse order: by name, not position
        Class<?> type = server.type("Counters");
        Object c = type.getMethod("of", java.util.SequencedMap.class).invoke(null, map);
        Object zero = type.getMethod("minus", type).invoke(c, c);
        for (int i = 0; i < names.size(); i++) {
            assertEquals(values.get(i), type.getMethod(JavaNames.lowerCamel(names.get(i))).invoke(c), names.get(i));
            assertEquals(0L, type.getMethod(JavaNames.lowerCamel(names.get(i))).invoke(zero));
        }
    }

    @Provide
    Arbitrary<List<Long>> counterValues() {
        return Arbitraries.longs().list().ofMinSize(6).ofMaxSize(12);
    }

    @Property(tries = 500)
    void everyDslNameBecomesALegalDistinctJavaName(@ForAll("dslNames") List<String> names) {
        List<String> distinct = names.stream().distinct().toList();
        Assume.that(!distinct.isEmpty());
        var fields = JavaNames.unique(distinct, JavaNames::lowerCamel, java.util.Set.of());
        var constants = JavaNames.unique(distinct, JavaNames::constant, java.util.Set.of());
        for (var m : List.of(fields, constants)) {
            assertEquals(distinct.size(), new HashSet<>(m.values()).size(), m.toString());
            for (String j : m.values()) assertTrue(SourceVersion.isIdentifier(j) && !SourceVersion.isKeyword(j) && !j.equals("_"), j);
        }
        String prefix = JavaNames.typePrefix(distinct.getFirst());
        assertTrue(SourceVersion.isIdentifier(prefix) && Character.isUpperCase(prefix.charAt(0)), prefix);
    }

    @Provide
    Arbitrary<List<String>> dslNames() {
        Arbitrary<String> keyword = Arbitraries.of("class", "new", "int", "record", "_x", "a_b", "aB", "var", "enum", "x__y", "default", "true");
        Arbitrary<String> ident = Arbitraries.strings().withCharRange('a', 'z').withChars('_', 'Q', '7').ofMinLength(1).ofMaxLength(8)
                .filter(s -> !Character.isDigit(s.charAt(0)) && !s.chars().allMatch(ch -> ch == '_'));
        return Arbitraries.oneOf(keyword, ident).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 50)
    void charArrayFieldsAreCopiedNotShared(@ForAll byte[] bytes) {
        Assume.that(bytes.length >= 4);
        byte[] copy = org.schedc.control.Values.bytes(bytes, 1, 3);
        assertArrayEquals(java.util.Arrays.copyOfRange(bytes, 1, 4), copy);
        copy[0] ^= 1;
        assertNotEquals(copy[0], bytes[1]);
    }
}
