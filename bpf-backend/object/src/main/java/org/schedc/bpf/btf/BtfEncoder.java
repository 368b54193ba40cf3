package org.schedc.bpf.btf;

import java.util.List;
import java.util.Map;

/** Encodes {@link Btf} (and optionally {@link BtfExt}) into the raw section bytes; deterministic. */
public final class BtfEncoder {
    private static final int EXT_HEADER_LEN = 32;

    public record Encoded(byte[] btf, byte[] btfExt) {}

    private BtfEncoder() {}

    /**
     * 24-byte header (never libbpf 1.8's long header), string table deduplicated in order of first use: type
     * strings first, then .BTF.ext strings. {@code ext} may be null, giving a null {@code btfExt}.
     *
     * @throws IllegalArgumentException when a field does not fit its BTF encoding
     */
    public static Encoded encode(Btf btf, BtfExt ext) {
        BtfStringTable strings = new BtfStringTable();
        ByteSink types = new ByteSink();
        for (int id = 1; id <= btf.count(); id++) writeType(types, strings, btf.type(id), id);
        byte[] extBytes = ext == null ? null : encodeExt(ext, strings);
        byte[] typeBytes = types.toArray();
        byte[] strBytes = strings.bytes();
        ByteSink out = new ByteSink();
        out.u16(BtfKind.MAGIC);
        out.u8(1);
        out.u8(0);
        out.u32(BtfKind.HEADER_LEN);
        out.u32(0);
        out.u32(typeBytes.length);
        out.u32(typeBytes.length);
        out.u32(strBytes.length);
        out.bytes(typeBytes);
        out.bytes(strBytes);
        return new Encoded(out.toArray(), extBytes);
    }

    public static byte[] encode(Btf btf) {
        return encode(btf, null).btf();
    }

    private static void writeType(ByteSink o, BtfStringTable s, BtfType t, int id) {
        int kind = BtfKind.of(t);
        int name = s.intern(t.name());
        switch (t) {
            case BtfType.Int x -> {
                check(x.encoding() >= 0 && x.encoding() <= 15 && x.bitOffset() >= 0 && x.bitOffset() <= 255
                        && x.bits() >= 0 && x.bits() <= 255, id, "int encoding/offset/bits out of range");
                head(o, name, kind, 0, false, x.size());
                o.u32(x.encoding() << 24 | x.bitOffset() << 16 | x.bits());
            }
            case BtfType.Ptr x -> head(o, name, kind, 0, false, x.type());
            case BtfType.Array x -> {
                head(o, name, kind, 0, false, 0);
                o.u32(x.elemType());
                o.u32(x.indexType());
                o.u32(x.nelems());
            }
            case BtfType.Struct x -> members(o, s, name, kind, x.size(), x.members(), id);
            case BtfType.Union x -> members(o, s, name, kind, x.size(), x.members(), id);
            case BtfType.Enum x -> {
                head(o, name, kind, vlen(x.values().size(), id), x.signed(), x.size());
                for (BtfType.EnumValue v : x.values()) {
                    boolean fits = x.signed() ? v.value() == (int) v.value() : v.value() >= 0 && v.value() <= 0xffffffffL;
                    check(fits, id, "enum value " + v.name() + "=" + v.value() + " does not fit 32 bits ("
                            + (x.signed() ? "signed" : "unsigned") + ")");
                    o.u32(s.intern(v.name()));
                    o.u32((int) v.value());
                }
            }
            case BtfType.Enum64 x -> {
                head(o, name, kind, vlen(x.values().size(), id), x.signed(), x.size());
                for (BtfType.EnumValue v : x.values()) {
                    o.u32(s.intern(v.name()));
                    o.u32((int) v.value());
                    o.u32((int) (v.value() >>> 32));
                }
            }
            case BtfType.Fwd x -> head(o, name, kind, 0, x.union(), 0);
            case BtfType.Typedef x -> head(o, name, kind, 0, false, x.type());
            case BtfType.Volatile x -> head(o, name, kind, 0, false, x.type());
            case BtfType.Const x -> head(o, name, kind, 0, false, x.type());
            case BtfType.Restrict x -> head(o, name, kind, 0, false, x.type());
            case BtfType.TypeTag x -> head(o, name, kind, 0, false, x.type());
            case BtfType.Func x -> head(o, name, kind, vlen(x.linkage(), id), false, x.type());
            case BtfType.FuncProto x -> {
                head(o, name, kind, vlen(x.params().size(), id), false, x.returnType());
                for (BtfType.Param p : x.params()) {
                    o.u32(s.intern(p.name()));
                    o.u32(p.type());
                }
            }
            case BtfType.Var x -> {
                head(o, name, kind, 0, false, x.type());
                o.u32(x.linkage());
            }
            case BtfType.Datasec x -> {
                head(o, name, kind, vlen(x.vars().size(), id), false, x.size());
                for (BtfType.SecVar v : x.vars()) {
                    o.u32(v.type());
                    o.u32(v.offset());
                    o.u32(v.size());
                }
            }
            case BtfType.Float x -> head(o, name, kind, 0, false, x.size());
            case BtfType.DeclTag x -> {
                head(o, name, kind, 0, false, x.type());
                o.u32(x.componentIdx());
            }
        }
    }

    private static void members(ByteSink o, BtfStringTable s, int name, int kind, int size, List<BtfType.Member> ms, int id) {
        // kflag switches member offsets to bitfield_size<<24 | bit_offset; only needed when a bitfield exists.
        boolean kflag = ms.stream().anyMatch(m -> m.bitfieldSize() != 0);
        head(o, name, kind, vlen(ms.size(), id), kflag, size);
        for (BtfType.Member m : ms) {
            o.u32(s.intern(m.name()));
            o.u32(m.type());
            if (kflag) {
                check(m.bitfieldSize() >= 0 && m.bitfieldSize() <= 255 && m.bitOffset() >= 0 && m.bitOffset() <= 0xffffff,
                        id, "member " + m.name() + " bitfield size/offset out of range");
                o.u32(m.bitfieldSize() << 24 | m.bitOffset());
            } else {
                o.u32(m.bitOffset());
            }
        }
    }

    private static void head(ByteSink o, int name, int kind, int vlen, boolean kflag, int sizeOrType) {
        o.u32(name);
        o.u32((kflag ? 1 << 31 : 0) | kind << 24 | vlen);
        o.u32(sizeOrType);
    }

    private static int vlen(int n, int id) {
        check(n >= 0 && n <= 0xffff, id, "vlen " + n + " does not fit 16 bits");
        return n;
    }

    private static void check(boolean ok, int id, String what) {
        if (!ok) throw new IllegalArgumentException("cannot encode BTF type id " + id + ": " + what);
    }

    private static byte[] encodeExt(BtfExt ext, BtfStringTable strings) {
        ByteSink func = new ByteSink();
        if (!nonEmpty(ext.funcInfo()).isEmpty()) {
            func.u32(8);
            for (Map.Entry<String, List<BtfExt.FuncInfo>> e : nonEmpty(ext.funcInfo()).entrySet()) {
                func.u32(strings.intern(e.getKey()));
                func.u32(e.getValue().size());
                for (BtfExt.FuncInfo f : e.getValue()) {
                    func.u32(f.insnByteOff());
                    func.u32(f.typeId());
                }
            }
        }
        ByteSink line = new ByteSink();
        if (!nonEmpty(ext.lineInfo()).isEmpty()) {
            line.u32(16);
            for (Map.Entry<String, List<BtfExt.LineInfo>> e : nonEmpty(ext.lineInfo()).entrySet()) {
                line.u32(strings.intern(e.getKey()));
                line.u32(e.getValue().size());
                for (BtfExt.LineInfo l : e.getValue()) {
                    if (l.line() < 0 || l.line() > 0x3fffff || l.column() < 0 || l.column() > 1023) {
                        throw new IllegalArgumentException("line info " + l + ": line must be 0..4194303 and column 0..1023");
                    }
                    line.u32(l.insnByteOff());
                    line.u32(strings.intern(l.fileName()));
                    line.u32(strings.intern(l.lineText()));
                    line.u32(l.line() << 10 | l.column());
                }
            }
        }
        ByteSink core = new ByteSink();
        if (!nonEmpty(ext.coreRelos()).isEmpty()) {
            core.u32(16);
            for (Map.Entry<String, List<BtfExt.CoreRelo>> e : nonEmpty(ext.coreRelos()).entrySet()) {
                core.u32(strings.intern(e.getKey()));
                core.u32(e.getValue().size());
                for (BtfExt.CoreRelo c : e.getValue()) {
                    core.u32(c.insnByteOff());
                    core.u32(c.rootTypeId());
                    core.u32(strings.intern(c.accessString()));
                    core.u32(c.kind());
                }
            }
        }
        byte[] f = func.toArray(), l = line.toArray(), c = core.toArray();
        ByteSink out = new ByteSink();
        out.u16(BtfKind.MAGIC);
        out.u8(1);
        out.u8(0);
        out.u32(EXT_HEADER_LEN);
        out.u32(0);
        out.u32(f.length);
        out.u32(f.length);
        out.u32(l.length);
        out.u32(f.length + l.length);
        out.u32(c.length);
        out.bytes(f);
        out.bytes(l);
        out.bytes(c);
        return out.toArray();
    }

    /** libbpf rejects blocks with zero records, so sections with empty lists are left out. */
    private static <T> Map<String, List<T>> nonEmpty(Map<String, List<T>> m) {
        Map<String, List<T>> out = new java.util.TreeMap<>();
        m.forEach((k, v) -> {
            if (!v.isEmpty()) out.put(k, v);
        });
        return out;
    }
}
