package org.schedc.bpf.loader;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfEncoder;
import org.schedc.bpf.btf.BtfExt;
import org.schedc.bpf.btf.BtfType;
import org.schedc.bpf.elf.ElfObject;
import org.schedc.bpf.link.ObjectLoader;

/**
 * The object's BTF as the kernel accepts it. The kernel's BTF checker refuses what only the loader understands:
 * extern FUNCs (linkage 2, "Invalid func linkage"), extern VARs ("Linkage not supported") and the size-0
 * {@code .ksyms}/{@code .kconfig} DATASECs listing them. As libbpf does, externs become global, each extern VAR
 * an int, and those DATASECs list int-sized variables (one shared dummy VAR for the functions). Type ids are kept
 * (new types are appended), so func_info and the struct_ops type ids stay valid. {@link #stringOffset} gives the
 * offsets of line_info's file and line strings in the encoded string table.
 */
public final class BtfSanitizer {
    private final byte[] encoded;
    private final Map<String, Integer> strings = new HashMap<>();

    private BtfSanitizer(byte[] encoded) {
        this.encoded = encoded;
        ByteBuffer b = ByteBuffer.wrap(encoded).order(ByteOrder.LITTLE_ENDIAN);
        int hdr = b.getInt(4), strOff = b.getInt(16), strLen = b.getInt(20);
        int start = hdr + strOff, at = start;
        for (int i = start; i < start + strLen; i++) {
            if (encoded[i] == 0) {
                strings.putIfAbsent(new String(encoded, at, i - at, StandardCharsets.UTF_8), at - start);
                at = i + 1;
            }
        }
    }

    /** The object's BTF fixed up with what its ELF says (see {@link #sanitize(Btf, BtfExt, ElfObject)}). */
    public static BtfSanitizer of(ObjectLoader.Loaded object) {
        return sanitize(object.btf(), object.ext(), object.elf());
    }

    /**
     * As {@link #sanitize(Btf, BtfExt)}, and, as libbpf does before loading, each DATASEC that clang left at size 0
     * (.bss, .data, .rodata, ...) gets its ELF section's size and each of its VARs the offset of its symbol: the
     * kernel refuses a size-0 DATASEC ("size == 0").
     */
    public static BtfSanitizer sanitize(Btf btf, BtfExt ext, ElfObject elf) {
        List<BtfType> types = new ArrayList<>(btf.types());
        for (int id = 1; id <= btf.count(); id++) {
            if (!(btf.type(id) instanceof BtfType.Datasec ds) || ds.size() != 0 || ds.name().equals(".ksyms") || ds.name().equals(".kconfig")) continue;
            var section = elf.section(ds.name());
            if (section.isEmpty()) continue;
            List<BtfType.SecVar> vars = new ArrayList<>();
            for (BtfType.SecVar sv : ds.vars()) {
                String name = btf.type(sv.type()) instanceof BtfType.Var v ? v.name() : "";
                long offset = elf.symbols().stream().filter(y -> y.name().equals(name) && y.sectionIndex() == section.get().index())
                        .mapToLong(ElfObject.Symbol::value).findFirst().orElse(sv.offset());
                vars.add(new BtfType.SecVar(sv.type(), (int) offset, sv.size()));
            }
            types.set(id - 1, new BtfType.Datasec(ds.name(), (int) section.get().size(), vars));
        }
        return sanitize(new Btf(types), ext);
    }

    public static BtfSanitizer sanitize(Btf btf, BtfExt ext) {
        List<BtfType> types = new ArrayList<>(btf.types());
        int intId = 0;
        for (int id = 1; id <= btf.count(); id++) {
            if (btf.type(id) instanceof BtfType.Int i && i.size() == 4 && i.bits() == 32 && i.bitOffset() == 0) { intId = id; break; }
        }
        if (intId == 0) { types.add(new BtfType.Int("int", 4, 1, 0, 32)); intId = types.size(); }
        int dummy = 0;
        for (int id = 1; id <= btf.count(); id++) {
            BtfType t = btf.type(id);
            if (t instanceof BtfType.Func f && f.linkage() == 2) {
                types.set(id - 1, new BtfType.Func(f.name(), f.type(), 1));
                // clang leaves an extern kfunc's parameters unnamed; the kernel wants names ("Invalid arg#1"), so
                // they get dummy_ksym's, as libbpf gives them
                if (btf.type(f.type()) instanceof BtfType.FuncProto fp && fp.params().stream().anyMatch(a -> a.type() != 0 && a.name().isEmpty())) {
                    types.set(f.type() - 1, new BtfType.FuncProto(fp.name(), fp.returnType(), fp.params().stream()
                            .map(a -> a.type() != 0 && a.name().isEmpty() ? new BtfType.Param("dummy_ksym", a.type()) : a).toList()));
                }
            }
            if (t instanceof BtfType.Var v && v.linkage() == 2) types.set(id - 1, new BtfType.Var(v.name(), intId, 1));
        }
        for (int id = 1; id <= btf.count(); id++) {
            if (!(btf.type(id) instanceof BtfType.Datasec ds) || !(ds.name().equals(".ksyms") || ds.name().equals(".kconfig"))) continue;
            List<BtfType.SecVar> vars = new ArrayList<>();
            for (BtfType.SecVar sv : ds.vars()) {
                int type = sv.type();
                if (btf.type(type) instanceof BtfType.Func) {
                    if (dummy == 0) { types.add(new BtfType.Var("dummy_ksym", intId, 1)); dummy = types.size(); }
                    type = dummy;
                }
                vars.add(new BtfType.SecVar(type, vars.size() * 4, 4));
            }
            types.set(id - 1, new BtfType.Datasec(ds.name(), vars.size() * 4, vars));
        }
        return new BtfSanitizer(BtfEncoder.encode(new Btf(types), ext).btf());
    }

    public byte[] bytes() {
        return encoded.clone();
    }

    /** Offset of {@code s} in the string table; the encoder interned every line_info string, so it is present. */
    public int stringOffset(String s) {
        Integer off = strings.get(s);
        if (off == null) throw new IllegalStateException("string not in the encoded BTF: " + s);
        return off;
    }
}
