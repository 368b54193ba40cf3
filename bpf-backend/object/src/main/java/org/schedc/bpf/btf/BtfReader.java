package org.schedc.bpf.btf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.schedc.bpf.elf.ElfFormatException;
import org.schedc.bpf.elf.ElfObject;
import org.schedc.bpf.elf.ElfReader;

/** Strict reader of raw .BTF data. Work is linear in the input size: every type consumes at least 12 bytes. */
public final class BtfReader {
    private final LeBytes b;
    private final BtfStrings strings;
    private final BtfHeader h;

    private BtfReader(byte[] raw) throws BtfFormatException {
        this.h = BtfHeader.parse(raw);
        this.b = new LeBytes(raw, h.typeStart() + h.typeLen(), ".BTF type section");
        this.strings = new BtfStrings(raw, h.strStart(), h.strLen());
    }

    /** Raw .BTF: section bytes, /sys/kernel/btf/vmlinux, or the kernel kit's *.btf files. */
    public static Btf read(byte[] raw) throws BtfFormatException {
        return new BtfReader(raw).readTypes();
    }

    /** Raw BTF, or an ELF file whose .BTF section is read. */
    public static Btf readFile(Path p) throws BtfFormatException, IOException {
        byte[] bytes = Files.readAllBytes(p);
        if (isElf(bytes)) {
            try {
                ElfObject elf = ElfReader.readAnyMachine(bytes);
                ElfObject.Section btf = elf.section(".BTF")
                        .orElseThrow(() -> new BtfFormatException(p + ": ELF file has no .BTF section"));
                return read(btf.data());
            } catch (ElfFormatException e) {
                throw new BtfFormatException(p + ": " + e.getMessage());
            }
        }
        return read(bytes);
    }

    /** The string table of raw .BTF, for readers of .BTF.ext. */
    static BtfStrings stringsOf(byte[] raw) throws BtfFormatException {
        BtfHeader h = BtfHeader.parse(raw);
        return new BtfStrings(raw, h.strStart(), h.strLen());
    }

    private Btf readTypes() throws BtfFormatException {
        List<BtfType> types = new ArrayList<>();
        int off = h.typeStart();
        int end = h.typeStart() + h.typeLen();
        while (off < end) {
            Decoded d = decode(off, types.size() + 1);
            types.add(d.type());
            off = d.next();
        }
        checkReferences(types);
        return new Btf(types);
    }

    /**
     * Raw .BTF read on demand: one pass records where each type starts (checking that every type's data fits), and a
     * type is decoded when it is first asked for; names are indexed from the string bytes on the first lookup. For a
     * kernel's BTF (100k+ types) of which a load touches a few hundred: about 6x less work than {@link #read}. A
     * malformed type or reference is only found when it is reached (IllegalArgumentException then), so this is for
     * the running kernel's own BTF, not for untrusted files.
     */
    public static Btf readLazy(byte[] raw) throws BtfFormatException {
        return new BtfReader(raw).scanTypes();
    }

    /** {@link #readLazy} of a file (raw BTF or an ELF file's .BTF section, as {@link #readFile}). */
    public static Btf readFileLazy(Path p) throws BtfFormatException, IOException {
        byte[] bytes = Files.readAllBytes(p);
        return isElf(bytes) ? readFile(p) : readLazy(bytes);
    }

    private Btf scanTypes() throws BtfFormatException {
        int end = h.typeStart() + h.typeLen();
        int[] offsets = new int[Math.max(16, h.typeLen() / 16)];
        int[] names = new int[offsets.length];
        int n = 0;
        for (int off = h.typeStart(); off < end; n++) {
            if (!b.has(off, 12)) b.need(off, 12, "type id " + (n + 1));
            if (n == offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, n * 2);
                names = java.util.Arrays.copyOf(names, n * 2);
            }
            offsets[n] = off;
            names[n] = b.u32(off);
            int info = b.u32(off + 4);
            int kind = (info >>> 24) & 0x1f, vlen = info & 0xffff;
            long extra = switch (kind) {
                case BtfKind.INT, BtfKind.VAR, BtfKind.DECL_TAG -> 4;
                case BtfKind.ARRAY -> 12;
                case BtfKind.STRUCT, BtfKind.UNION, BtfKind.ENUM64, BtfKind.DATASEC -> 12L * vlen;
                case BtfKind.ENUM, BtfKind.FUNC_PROTO -> 8L * vlen;
                case BtfKind.PTR, BtfKind.FWD, BtfKind.TYPEDEF, BtfKind.VOLATILE, BtfKind.CONST, BtfKind.RESTRICT,
                        BtfKind.TYPE_TAG, BtfKind.FUNC, BtfKind.FLOAT -> 0;
                default -> throw new BtfFormatException(where(n + 1, off) + ": unknown kind " + kind);
            };
            if (!b.has(off + 12, extra)) b.need(off + 12, extra, where(n + 1, off) + " data");
            off += 12 + (int) extra;
        }
        return new Btf(new LazyTypes(this::decodeType, java.util.Arrays.copyOf(offsets, n), java.util.Arrays.copyOf(names, n), strings));
    }

    private BtfType decodeType(int off, int id) throws BtfFormatException {
        return decode(off, id).type();
    }

    private static boolean isElf(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 0x7f && bytes[1] == 'E' && bytes[2] == 'L' && bytes[3] == 'F';
    }

    /** A type and the offset just past it. */
    private record Decoded(BtfType type, int next) {}

    private Decoded decode(int off, int id) throws BtfFormatException {
        if (!b.has(off, 12)) b.need(off, 12, "type id " + id);
        long nameOff = Integer.toUnsignedLong(b.u32(off));
        int info = b.u32(off + 4);
        int sizeOrType = b.u32(off + 8);
        int kind = (info >>> 24) & 0x1f;
        int vlen = info & 0xffff;
        boolean kflag = info < 0;
        final int typeOff = off;
        String name = strings.at(nameOff, id, typeOff, " name", -1, "");
        int p = off + 12;
        BtfType t = switch (kind) {
            case BtfKind.INT -> {
                if (!b.has(p, 4)) b.need(p, 4, where(id, typeOff) + " int data");
                int v = b.u32(p);
                p += 4;
                yield new BtfType.Int(name, sizeOrType, (v >>> 24) & 0xf, (v >>> 16) & 0xff, v & 0xff);
            }
            case BtfKind.PTR -> new BtfType.Ptr(name, sizeOrType);
            case BtfKind.ARRAY -> {
                if (!b.has(p, 12)) b.need(p, 12, where(id, typeOff) + " array data");
                BtfType.Array a = new BtfType.Array(name, b.u32(p), b.u32(p + 4), b.u32(p + 8));
                p += 12;
                yield a;
            }
            case BtfKind.STRUCT, BtfKind.UNION -> {
                if (!b.has(p, 12L * vlen)) b.need(p, 12L * vlen, where(id, typeOff) + " " + vlen + " members");
                List<BtfType.Member> ms = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++, p += 12) {
                    String mn = strings.at(Integer.toUnsignedLong(b.u32(p)), id, typeOff, " member ", i, " name");
                    int mo = b.u32(p + 8);
                    ms.add(kflag ? new BtfType.Member(mn, b.u32(p + 4), mo & 0xffffff, mo >>> 24)
                            : new BtfType.Member(mn, b.u32(p + 4), mo, 0));
                }
                yield kind == BtfKind.STRUCT ? new BtfType.Struct(name, sizeOrType, ms) : new BtfType.Union(name, sizeOrType, ms);
            }
            case BtfKind.ENUM -> {
                if (!b.has(p, 8L * vlen)) b.need(p, 8L * vlen, where(id, typeOff) + " " + vlen + " enum values");
                List<BtfType.EnumValue> vs = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++, p += 8) {
                    String vn = strings.at(Integer.toUnsignedLong(b.u32(p)), id, typeOff, " enum value ", i, " name");
                    int v = b.u32(p + 4);
                    vs.add(new BtfType.EnumValue(vn, kflag ? v : Integer.toUnsignedLong(v)));
                }
                yield new BtfType.Enum(name, sizeOrType, kflag, vs);
            }
            case BtfKind.ENUM64 -> {
                if (!b.has(p, 12L * vlen)) b.need(p, 12L * vlen, where(id, typeOff) + " " + vlen + " enum64 values");
                List<BtfType.EnumValue> vs = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++, p += 12) {
                    String vn = strings.at(Integer.toUnsignedLong(b.u32(p)), id, typeOff, " enum64 value ", i, " name");
                    long v = Integer.toUnsignedLong(b.u32(p + 4)) | (long) b.u32(p + 8) << 32;
                    vs.add(new BtfType.EnumValue(vn, v));
                }
                yield new BtfType.Enum64(name, sizeOrType, kflag, vs);
            }
            case BtfKind.FWD -> new BtfType.Fwd(name, kflag);
            case BtfKind.TYPEDEF -> new BtfType.Typedef(name, sizeOrType);
            case BtfKind.VOLATILE -> new BtfType.Volatile(name, sizeOrType);
            case BtfKind.CONST -> new BtfType.Const(name, sizeOrType);
            case BtfKind.RESTRICT -> new BtfType.Restrict(name, sizeOrType);
            case BtfKind.TYPE_TAG -> new BtfType.TypeTag(name, sizeOrType);
            case BtfKind.FUNC -> new BtfType.Func(name, sizeOrType, vlen);
            case BtfKind.FUNC_PROTO -> {
                if (!b.has(p, 8L * vlen)) b.need(p, 8L * vlen, where(id, typeOff) + " " + vlen + " parameters");
                List<BtfType.Param> ps = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++, p += 8) {
                    String pn = strings.at(Integer.toUnsignedLong(b.u32(p)), id, typeOff, " parameter ", i, " name");
                    ps.add(new BtfType.Param(pn, b.u32(p + 4)));
                }
                yield new BtfType.FuncProto(name, sizeOrType, ps);
            }
            case BtfKind.VAR -> {
                if (!b.has(p, 4)) b.need(p, 4, where(id, typeOff) + " var data");
                BtfType.Var v = new BtfType.Var(name, sizeOrType, b.u32(p));
                p += 4;
                yield v;
            }
            case BtfKind.DATASEC -> {
                if (!b.has(p, 12L * vlen)) b.need(p, 12L * vlen, where(id, typeOff) + " " + vlen + " section variables");
                List<BtfType.SecVar> vs = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++, p += 12) vs.add(new BtfType.SecVar(b.u32(p), b.u32(p + 4), b.u32(p + 8)));
                yield new BtfType.Datasec(name, sizeOrType, vs);
            }
            case BtfKind.FLOAT -> new BtfType.Float(name, sizeOrType);
            case BtfKind.DECL_TAG -> {
                if (!b.has(p, 4)) b.need(p, 4, where(id, typeOff) + " decl tag data");
                BtfType.DeclTag d = new BtfType.DeclTag(name, sizeOrType, b.u32(p));
                p += 4;
                yield d;
            }
            default -> throw new BtfFormatException(where(id, typeOff) + ": unknown kind " + kind);
        };
        return new Decoded(t, p);
    }

    private static String where(int id, int off) {
        return "type id " + id + " at byte offset " + off;
    }

    private static void checkReferences(List<BtfType> types) throws BtfFormatException {
        for (int i = 0; i < types.size(); i++) {
            for (int ref : BtfTypeRefs.of(types.get(i))) {
                if (ref < 0 || ref > types.size()) {
                    throw new BtfFormatException("type id " + (i + 1) + " (" + describeKind(types.get(i)) + ") refers to type id "
                            + Integer.toUnsignedString(ref) + ", beyond the " + types.size() + " types");
                }
            }
        }
    }

    private static String describeKind(BtfType t) {
        String kind = t.getClass().getSimpleName();
        return t.name().isEmpty() ? kind : kind + " '" + t.name() + "'";
    }
}
