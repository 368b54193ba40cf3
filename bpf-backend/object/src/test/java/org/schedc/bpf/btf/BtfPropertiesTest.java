package org.schedc.bpf.btf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BtfPropertiesTest {

    @Property(tries = 300)
    void randomTypeGraphsRoundTrip(@ForAll("typeGraphs") List<BtfType> types) throws Exception {
        Btf btf = new Btf(types);
        Btf back = BtfReader.read(BtfEncoder.encode(btf));
        assertEquals(btf.types(), back.types());
        for (int id = 1; id <= btf.count(); id++) assertNotNull(back.describe(id));
    }

    @Property(tries = 200)
    void randomExtRoundTrips(@ForAll("typeGraphs") List<BtfType> types, @ForAll("exts") BtfExt ext) throws Exception {
        Btf btf = new Btf(types);
        BtfEncoder.Encoded enc = BtfEncoder.encode(btf, ext);
        assertEquals(btf, BtfReader.read(enc.btf()));
        assertEquals(ext, BtfExtReader.read(enc.btfExt(), enc.btf()));
    }

    /** Corrupted input must only ever raise BtfFormatException (or succeed): never an index or arithmetic exception. */
    @Property(tries = 1000)
    void corruptBtfOnlyRaisesFormatErrors(@ForAll("typeGraphs") List<BtfType> types, @ForAll @IntRange(min = 0, max = 100_000) int cut,
            @ForAll("flips") List<int[]> flips) {
        BtfEncoder.Encoded enc = BtfEncoder.encode(new Btf(types), SampleBtf.sampleExt());
        byte[] btf = corrupt(enc.btf(), cut, flips);
        byte[] ext = corrupt(enc.btfExt(), cut, flips);
        try {
            Btf read = BtfReader.read(btf);
            for (int id = 1; id <= read.count(); id++) read.describe(id);
        } catch (BtfFormatException expected) {
            assertFalse(expected.getMessage().isBlank());
        }
        try {
            BtfExtReader.read(ext, enc.btf());
            BtfExtReader.read(enc.btfExt(), btf);
        } catch (BtfFormatException expected) {
            assertFalse(expected.getMessage().isBlank());
        }
    }

    static byte[] corrupt(byte[] in, int cut, List<int[]> flips) {
        byte[] out = in.clone();
        for (int[] f : flips) out[f[0] % out.length] ^= (byte) f[1];
        // Only every other case is truncated so flips alone are exercised too.
        if (cut % 2 == 0) out = java.util.Arrays.copyOf(out, cut / 2 % (out.length + 1));
        return out;
    }

    @Provide
    Arbitrary<List<int[]>> flips() {
        return Combinators.combine(Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(1, 255))
                .as((pos, mask) -> new int[] {pos, mask}).list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<BtfType>> typeGraphs() {
        return Arbitraries.integers().between(1, 20).flatMap(n -> type(n).list().ofSize(n));
    }

    @Provide
    Arbitrary<BtfExt> exts() {
        Arbitrary<String> sec = Arbitraries.of("struct_ops/enqueue", ".text", "struct_ops.s/init");
        Arbitrary<Integer> off = Arbitraries.integers().between(0, 4096).map(i -> i * 8);
        Arbitrary<BtfExt.FuncInfo> fi = Combinators.combine(off, Arbitraries.integers().between(1, 20)).as(BtfExt.FuncInfo::new);
        Arbitrary<BtfExt.LineInfo> li = Combinators.combine(off, name(), Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u00ff').withCharRange('\u4e00', '\u4e10').ofMaxLength(30),
                Arbitraries.integers().between(0, 0x3fffff), Arbitraries.integers().between(0, 1023)).as(BtfExt.LineInfo::new);
        Arbitrary<BtfExt.CoreRelo> cr = Combinators.combine(off, Arbitraries.integers().between(1, 20),
                Arbitraries.strings().withChars("0123456789:").ofMinLength(1).ofMaxLength(10), Arbitraries.integers().between(0, 12))
                .as(BtfExt.CoreRelo::new);
        return Combinators.combine(Arbitraries.maps(sec, fi.list().ofMinSize(1).ofMaxSize(4)).ofMaxSize(3),
                Arbitraries.maps(sec, li.list().ofMinSize(1).ofMaxSize(4)).ofMaxSize(3),
                Arbitraries.maps(sec, cr.list().ofMinSize(1).ofMaxSize(4)).ofMaxSize(3)).as(BtfExt::new);
    }

    private static Arbitrary<String> name() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('_', '.', '1').ofMaxLength(8);
    }

    private static Arbitrary<BtfType> type(int n) {
        Arbitrary<Integer> ref = Arbitraries.integers().between(0, n);
        Arbitrary<Integer> u32 = Arbitraries.integers();
        Arbitrary<Integer> b8 = Arbitraries.integers().between(0, 255);
        Arbitrary<BtfType.Member> member = Combinators.combine(name(), ref, Arbitraries.integers().between(0, 0xffffff),
                Arbitraries.integers().between(0, 255).map(x -> x % 3 == 0 ? 0 : x))
                .as(BtfType.Member::new);
        Arbitrary<Boolean> bool = Arbitraries.of(true, false);
        Arbitrary<BtfType> enum32 = bool.flatMap(signed -> {
            Arbitrary<Long> value = signed ? Arbitraries.integers().map(i -> (long) i) : Arbitraries.longs().between(0, 0xffffffffL);
            return Combinators.combine(name(), Arbitraries.of(1, 2, 4, 8),
                    Combinators.combine(name(), value).as(BtfType.EnumValue::new).list().ofMaxSize(4))
                    .as((nm, size, vs) -> (BtfType) new BtfType.Enum(nm, size, signed, vs));
        });
        List<Arbitrary<? extends BtfType>> kinds = new ArrayList<>(List.of(
                Combinators.combine(name(), Arbitraries.of(1, 2, 4, 8, 16), Arbitraries.integers().between(0, 15), b8, b8).as(BtfType.Int::new),
                ref.map(t -> new BtfType.Ptr("", t)),
                Combinators.combine(ref, ref, u32).as((a, b, c) -> new BtfType.Array("", a, b, c)),
                Combinators.combine(name(), u32, member.list().ofMaxSize(5)).as(BtfType.Struct::new),
                Combinators.combine(name(), u32, member.list().ofMaxSize(5)).as(BtfType.Union::new),
                enum32,
                Combinators.combine(name(), Arbitraries.of(1, 2, 4, 8), bool,
                        Combinators.combine(name(), Arbitraries.longs()).as(BtfType.EnumValue::new).list().ofMaxSize(4)).as(BtfType.Enum64::new),
                Combinators.combine(name(), bool).as(BtfType.Fwd::new),
                Combinators.combine(name(), ref).as(BtfType.Typedef::new),
                ref.map(t -> new BtfType.Volatile("", t)),
                ref.map(t -> new BtfType.Const("", t)),
                ref.map(t -> new BtfType.Restrict("", t)),
                Combinators.combine(name(), ref).as(BtfType.TypeTag::new),
                Combinators.combine(name(), ref, Arbitraries.integers().between(0, 2)).as(BtfType.Func::new),
                Combinators.combine(ref, Combinators.combine(name(), ref).as(BtfType.Param::new).list().ofMaxSize(5))
                        .as((r, ps) -> new BtfType.FuncProto("", r, ps)),
                Combinators.combine(name(), ref, Arbitraries.integers().between(0, 2)).as(BtfType.Var::new),
                Combinators.combine(name(), u32, Combinators.combine(ref, u32, u32).as(BtfType.SecVar::new).list().ofMaxSize(4))
                        .as(BtfType.Datasec::new),
                Combinators.combine(name(), Arbitraries.of(2, 4, 8, 16)).as(BtfType.Float::new),
                Combinators.combine(name(), ref, Arbitraries.integers().between(-1, 10)).as(BtfType.DeclTag::new)));
        return Arbitraries.oneOf(kinds);
    }
}
