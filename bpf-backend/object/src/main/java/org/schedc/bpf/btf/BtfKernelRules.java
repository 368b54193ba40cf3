package org.schedc.bpf.btf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks an object's BTF against the rules the kernel applies when libbpf loads it (see bpf-object-notes.md),
 * so the compiler can catch them before a kernel does. Returns problems as messages; empty means none found.
 * Not a full re-implementation of the kernel's checker: it covers the rules an emitter can plausibly break.
 */
public final class BtfKernelRules {
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    // Section names such as ".struct_ops.link" or "struct_ops/enqueue" are allowed for DATASECs only.
    private static final Pattern SECTION = Pattern.compile("[A-Za-z_.][A-Za-z0-9_./?-]*");

    private BtfKernelRules() {}

    public static List<String> problems(Btf btf) {
        List<String> out = new ArrayList<>();
        for (int id = 1; id <= btf.count(); id++) check(btf, id, btf.type(id), out);
        return out;
    }

    private static void check(Btf btf, int id, BtfType t, List<String> out) {
        String at = "type id " + id + " (" + t.getClass().getSimpleName() + (t.name().isEmpty() ? "" : " '" + t.name() + "'") + "): ";
        switch (t) {
            case BtfType.Int x -> {
                if (!IDENT.matcher(x.name().replace(' ', '_')).matches()) out.add(at + "int needs a valid name");
                if (x.size() != 1 && x.size() != 2 && x.size() != 4 && x.size() != 8 && x.size() != 16) out.add(at + "int size must be 1, 2, 4, 8 or 16");
                if (x.bits() > 128 || x.bitOffset() + x.bits() > x.size() * 8) out.add(at + "int bits exceed its size");
                if (Integer.bitCount(x.encoding()) > 1) out.add(at + "int encoding must be one of SIGNED, CHAR, BOOL");
            }
            case BtfType.Ptr x -> anonymous(x, at, out);
            case BtfType.Volatile x -> anonymous(x, at, out);
            case BtfType.Const x -> anonymous(x, at, out);
            case BtfType.Restrict x -> anonymous(x, at, out);
            case BtfType.Array x -> {
                anonymous(x, at, out);
                if (x.elemType() == 0) out.add(at + "array of void");
            }
            case BtfType.Typedef x -> named(x, at, out);
            case BtfType.TypeTag x -> { if (x.name().isEmpty()) out.add(at + "type tag needs a name"); }
            case BtfType.Fwd x -> named(x, at, out);
            case BtfType.Float x -> named(x, at, out);
            case BtfType.DeclTag x -> { if (x.name().isEmpty()) out.add(at + "decl tag needs a name"); }
            case BtfType.Struct x -> aggregate(btf, x.name(), x.size(), x.members(), at, out);
            case BtfType.Union x -> aggregate(btf, x.name(), x.size(), x.members(), at, out);
            case BtfType.Enum x -> enumValues(x.name(), x.values(), at, out);
            case BtfType.Enum64 x -> enumValues(x.name(), x.values(), at, out);
            case BtfType.Func x -> {
                named(x, at, out);
                if (x.linkage() < 0 || x.linkage() > 2) out.add(at + "func linkage must be 0, 1 or 2");
                if (x.type() == 0 || !(btf.type(x.type()) instanceof BtfType.FuncProto p)) {
                    out.add(at + "func must refer to a FUNC_PROTO");
                } else if (x.linkage() != 2) {
                    for (int i = 0; i < p.params().size(); i++) {
                        BtfType.Param param = p.params().get(i);
                        boolean vararg = i == p.params().size() - 1 && param.type() == 0;
                        if (!vararg && !IDENT.matcher(param.name()).matches()) out.add(at + "parameter " + i + " of a non-extern func needs a name");
                    }
                }
            }
            case BtfType.FuncProto x -> {
                anonymous(x, at, out);
                for (int i = 0; i < x.params().size(); i++) {
                    BtfType.Param p = x.params().get(i);
                    if (p.type() == 0 && i != x.params().size() - 1) out.add(at + "void parameter " + i + " (only a last vararg may be void)");
                    if (!p.name().isEmpty() && !IDENT.matcher(p.name()).matches()) out.add(at + "invalid parameter name '" + p.name() + "'");
                }
            }
            case BtfType.Var x -> {
                named(x, at, out);
                if (x.linkage() < 0 || x.linkage() > 2) out.add(at + "var linkage must be 0, 1 or 2");
                if (x.type() == 0) out.add(at + "var of void");
            }
            case BtfType.Datasec x -> datasec(btf, x, at, out);
        }
    }

    private static void anonymous(BtfType t, String at, List<String> out) {
        if (!t.name().isEmpty()) out.add(at + "must be anonymous");
    }

    private static void named(BtfType t, String at, List<String> out) {
        if (!IDENT.matcher(t.name()).matches()) out.add(at + "needs a valid identifier name");
    }

    private static void aggregate(Btf btf, String name, int size, List<BtfType.Member> members, String at, List<String> out) {
        if (!name.isEmpty() && !IDENT.matcher(name).matches()) out.add(at + "invalid name");
        for (BtfType.Member m : members) {
            if (!m.name().isEmpty() && !IDENT.matcher(m.name()).matches()) out.add(at + "invalid member name '" + m.name() + "'");
            if (m.type() == 0) {
                out.add(at + "member '" + m.name() + "' is void");
                continue;
            }
            long bits;
            try {
                bits = m.bitfieldSize() > 0 ? m.bitfieldSize() : btf.sizeOf(m.type()) * 8;
            } catch (IllegalArgumentException e) {
                out.add(at + "member '" + m.name() + "' has no size: " + e.getMessage());
                continue;
            }
            if (m.bitOffset() + bits > Integer.toUnsignedLong(size) * 8) out.add(at + "member '" + m.name() + "' extends past the struct size");
        }
    }

    private static void enumValues(String name, List<BtfType.EnumValue> values, String at, List<String> out) {
        if (!name.isEmpty() && !IDENT.matcher(name).matches()) out.add(at + "invalid name");
        for (BtfType.EnumValue v : values) if (!IDENT.matcher(v.name()).matches()) out.add(at + "invalid enumerator name '" + v.name() + "'");
    }

    private static void datasec(Btf btf, BtfType.Datasec x, String at, List<String> out) {
        if (!SECTION.matcher(x.name()).matches()) out.add(at + "invalid section name");
        // libbpf fills in sizes and offsets of a zero-sized DATASEC (e.g. .ksyms), so only sized ones are checked.
        if (x.size() == 0) return;
        long end = 0;
        for (BtfType.SecVar v : x.vars()) {
            if (v.type() == 0 || !(btf.type(v.type()) instanceof BtfType.Var var)) {
                out.add(at + "entry for type id " + v.type() + " is not a VAR");
                continue;
            }
            long off = Integer.toUnsignedLong(v.offset()), sz = Integer.toUnsignedLong(v.size());
            if (off < end) out.add(at + "entry '" + var.name() + "' is not sorted by offset or overlaps the previous one");
            if (off + sz > Integer.toUnsignedLong(x.size())) out.add(at + "entry '" + var.name() + "' extends past the section size");
            try {
                if (btf.sizeOf(var.type()) != sz) out.add(at + "entry '" + var.name() + "' size " + sz + " differs from its type size " + btf.sizeOf(var.type()));
            } catch (IllegalArgumentException e) {
                out.add(at + "entry '" + var.name() + "' has no size: " + e.getMessage());
            }
            end = Math.max(end, off + sz);
        }
    }
}
