package org.schedc.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;
import org.schedc.bpf.btf.BtfType.EnumValue;
import org.schedc.bpf.btf.BtfType.Member;
import org.schedc.bpf.sys.MapInfo;
import org.schedc.bpf.sys.MapTypes;

/** The runtime-ABI checks on what the kernel reports for a pinned map (docs/runtime-abi.md), without a kernel. */
class MapChecksTest {
    private static final Path PIN = Path.of("/sys/fs/bpf/game_tags_task");

    // BTF as a policy object carries it: 1 u32, 2 enum game_tag, 3 u64, 4 struct game_stats, 5 typedef __u64, 6 struct other
    private static final Btf BTF = new Btf(List.of(
            new BtfType.Int("unsigned int", 4, 0, 0, 32),
            new BtfType.Enum("game_tag", 4, false, List.of(new EnumValue("none", 0), new EnumValue("render", 1), new EnumValue("background", 2))),
            new BtfType.Int("unsigned long long", 8, 0, 0, 64),
            new BtfType.Struct("game_stats", 16, List.of(new Member("fast_runs", 5, 0, 0), new Member("dispatched_q", 3, 64, 0))),
            new BtfType.Typedef("__u64", 3),
            new BtfType.Struct("game_other", 8, List.of(new Member("x", 1, 0, 0), new Member("y", 1, 32, 0)))));

    private static MapInfo tagMap(int type, int keySize, int valueSize, int btfId, int valueTypeId) {
        return new MapInfo(type, 5, keySize, valueSize, 16384, 0, "game_tags_task", btfId, 1, valueTypeId);
    }

    @Test
    void acceptsAPolicyTagMapAndReadsItsTagNames() throws PolicyMapException {
        TagNames names = TagMapCheck.check(PIN, "game", TagKind.TASK, tagMap(MapTypes.HASH, 4, 4, 9, 2), Optional.of(BTF));
        assertEquals(List.of("render", "background"), names.settable());
        assertEquals(1, names.number("render"));
        assertEquals("background", names.name(2));
        assertEquals("none", names.name(0));
        assertEquals("#7", names.name(7));
    }

    @Test
    void cgroupTagMapsHaveEightByteKeys() throws PolicyMapException {
        TagMapCheck.check(PIN, "game", TagKind.CGROUP, tagMap(MapTypes.HASH, 8, 4, 9, 2), Optional.of(BTF));
        var e = assertThrows(PolicyMapException.class,
                () -> TagMapCheck.check(PIN, "game", TagKind.CGROUP, tagMap(MapTypes.HASH, 4, 4, 9, 2), Optional.of(BTF)));
        assertTrue(e.getMessage().contains("expected 8-byte cgroup keys"), e.getMessage());
    }

    @Test
    void rejectsMapsThatAreNotTagMaps() {
        assertNotTagMap(tagMap(MapTypes.ARRAY, 4, 4, 9, 2), Optional.of(BTF), "is a BPF_MAP_TYPE_ARRAY, expected BPF_MAP_TYPE_HASH");
        assertNotTagMap(tagMap(MapTypes.HASH, 4, 8, 9, 2), Optional.of(BTF), "8-byte values");
        assertNotTagMap(tagMap(MapTypes.HASH, 4, 4, 0, 0), Optional.empty(), "carries no BTF value type (expected enum game_tag)");
        assertNotTagMap(tagMap(MapTypes.HASH, 4, 4, 9, 1), Optional.of(BTF), "its value type is unsigned int, expected enum game_tag");
        assertNotTagMap(tagMap(MapTypes.HASH, 4, 4, 9, 99), Optional.of(BTF), "out of range");
    }

    @Test
    void anEnumOfAnotherPolicyIsNotThisPolicysTagMap() {
        var e = assertThrows(PolicyMapException.class,
                () -> TagMapCheck.check(PIN, "video", TagKind.TASK, tagMap(MapTypes.HASH, 4, 4, 9, 2), Optional.of(BTF)));
        assertEquals(PolicyMapException.INPUT, e.exitCode());
        assertTrue(e.getMessage().contains("expected enum video_tag"), e.getMessage());
    }

    @Test
    void unknownTagListsTheValidOnes() throws PolicyMapException {
        TagNames names = TagMapCheck.check(PIN, "game", TagKind.TASK, tagMap(MapTypes.HASH, 4, 4, 9, 2), Optional.of(BTF));
        var e = assertThrows(PolicyMapException.class, () -> names.number("turbo"));
        assertEquals("unknown tag 'turbo' for policy game; valid tags: render, background", e.getMessage());
        assertEquals(PolicyMapException.INPUT, e.exitCode());
        var none = assertThrows(PolicyMapException.class, () -> names.number("none"));
        assertTrue(none.getMessage().contains("tag clear"), none.getMessage());
    }

    private static void assertNotTagMap(MapInfo info, Optional<Btf> btf, String detail) {
        var e = assertThrows(PolicyMapException.class, () -> TagMapCheck.check(PIN, "game", TagKind.TASK, info, btf));
        assertEquals(PolicyMapException.INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith("not a schedc tag map: " + PIN), e.getMessage());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
    }

    private static MapInfo statsMap(int type, int keySize, int valueSize, int maxEntries, int valueTypeId) {
        return new MapInfo(type, 6, keySize, valueSize, maxEntries, 0, "game_stats", 9, 1, valueTypeId);
    }

    @Test
    void acceptsAStatsMapAndNamesItsCountersThroughTypedefs() throws PolicyMapException {
        StatsLayout l = StatsMapCheck.check(PIN, "game", statsMap(MapTypes.PERCPU_ARRAY, 4, 16, 1, 4), Optional.of(BTF));
        assertEquals(new StatsLayout("game", List.of("fast_runs", "dispatched_q"), List.of(0, 8)), l);
        StatsLayout any = StatsMapCheck.check(PIN, null, statsMap(MapTypes.PERCPU_ARRAY, 4, 16, 1, 4), Optional.of(BTF));
        assertEquals("game", any.policy(), "the policy name comes from struct P_stats");
    }

    @Test
    void rejectsMapsThatAreNotStatsMaps() {
        assertNotStats("game", statsMap(MapTypes.HASH, 4, 4, 16384, 2), "is a BPF_MAP_TYPE_HASH, expected BPF_MAP_TYPE_PERCPU_ARRAY");
        assertNotStats("game", statsMap(MapTypes.PERCPU_ARRAY, 4, 16, 4, 4), "4 entries");
        assertNotStats("game", statsMap(MapTypes.PERCPU_ARRAY, 4, 8, 1, 6), "expected struct game_stats");
        assertNotStats(null, statsMap(MapTypes.PERCPU_ARRAY, 4, 8, 1, 6), "expected struct P_stats");
        assertNotStats("video", statsMap(MapTypes.PERCPU_ARRAY, 4, 16, 1, 4), "expected struct video_stats");
        assertNotStats("game", statsMap(MapTypes.PERCPU_ARRAY, 4, 24, 1, 4), "map's values are 24 bytes");
    }

    @Test
    void countersMustBeEightByteIntegers() {
        Btf btf = new Btf(List.of(new BtfType.Int("unsigned int", 4, 0, 0, 32),
                new BtfType.Struct("p_stats", 8, List.of(new Member("a", 1, 0, 0), new Member("b", 1, 32, 0)))));
        var e = assertThrows(PolicyMapException.class,
                () -> StatsMapCheck.check(PIN, "p", statsMap(MapTypes.PERCPU_ARRAY, 4, 8, 1, 2), Optional.of(btf)));
        assertTrue(e.getMessage().contains("member 'a' of struct p_stats is unsigned int, expected a __u64 counter"), e.getMessage());
    }

    private static void assertNotStats(String policy, MapInfo info, String detail) {
        var e = assertThrows(PolicyMapException.class, () -> StatsMapCheck.check(PIN, policy, info, Optional.of(BTF)));
        assertEquals(PolicyMapException.INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith("not a schedc stats map: " + PIN), e.getMessage());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
    }

    @Test
    void statsAreSummedOverCpusAsUnsigned() {
        StatsLayout l = new StatsLayout("game", List.of("a", "b"), List.of(0, 8));
        byte[] cpu0 = le(3, -1L);
        byte[] cpu1 = le(4, 2);
        var sums = StatsReader.sum(l, List.of(cpu0, cpu1));
        assertEquals(7L, sums.get("a"));
        assertEquals("1", Long.toUnsignedString(sums.get("b")), "wraps like the kernel's u64");
        assertEquals(List.of("a", "b"), List.copyOf(sums.keySet()));
    }

    private static byte[] le(long a, long b) {
        return java.nio.ByteBuffer.allocate(16).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(a).putLong(b).array();
    }

    @Test
    void keysAreLittleEndianOfTheKindsSize() {
        assertEquals(List.of((byte) 0x39, (byte) 0x30, (byte) 0, (byte) 0), toList(TagKind.TASK.key(12345)));
        assertEquals(8, TagKind.CGROUP.key(1).length);
        assertEquals(4_000_000_000L, TagKind.USER.id(TagKind.USER.key(4_000_000_000L)));
        assertEquals(1L << 40, TagKind.CGROUP.id(TagKind.CGROUP.key(1L << 40)));
        assertEquals("game_tags_proc", TagKind.PROC.mapName("game"));
        assertEquals(2, TagNames.decode(TagNames.encode(2)));
    }

    private static List<Byte> toList(byte[] b) {
        var l = new java.util.ArrayList<Byte>();
        for (byte x : b) {
            l.add(x);
        }
        return l;
    }
}
