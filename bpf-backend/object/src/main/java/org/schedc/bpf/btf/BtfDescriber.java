package org.schedc.bpf.btf;

import java.util.StringJoiner;

/**
 * Spells BTF types roughly as C declarations. Depth and total work are limited so that cycles and wide nested
 * prototypes in hostile input still give a short answer.
 */
final class BtfDescriber {
    private static final int MAX_DEPTH = 32;
    private final Btf btf;
    private int budget = 256;

    BtfDescriber(Btf btf) {
        this.btf = btf;
    }

    String describe(int id) {
        return describe(id, 0);
    }

    private String describe(int id, int depth) {
        if (id == 0) return "void";
        if (depth > MAX_DEPTH || --budget < 0) return "...";
        int d = depth + 1;
        return switch (btf.type(id)) {
            case BtfType.Int x -> x.name();
            case BtfType.Float x -> x.name();
            case BtfType.Ptr x -> pointer(x.type(), d);
            case BtfType.Array x -> describe(x.elemType(), d) + "[" + Integer.toUnsignedString(x.nelems()) + "]";
            case BtfType.Struct x -> "struct " + orAnon(x.name());
            case BtfType.Union x -> "union " + orAnon(x.name());
            case BtfType.Enum x -> "enum " + orAnon(x.name());
            case BtfType.Enum64 x -> "enum " + orAnon(x.name());
            case BtfType.Fwd x -> (x.union() ? "union " : "struct ") + x.name();
            case BtfType.Typedef x -> x.name();
            case BtfType.Volatile x -> "volatile " + describe(x.type(), d);
            case BtfType.Const x -> "const " + describe(x.type(), d);
            case BtfType.Restrict x -> describe(x.type(), d) + " restrict";
            case BtfType.TypeTag x -> describe(x.type(), d) + " __tag(" + x.name() + ")";
            case BtfType.Func x -> signature(x.type(), x.name(), d);
            case BtfType.FuncProto x -> signature(id, "", d);
            case BtfType.Var x -> describe(x.type(), d) + " " + x.name();
            case BtfType.Datasec x -> "section " + x.name();
            case BtfType.DeclTag x -> "__tag(" + x.name() + ") on " + describe(x.type(), d);
        };
    }

    private String pointer(int target, int depth) {
        String inner = describe(target, depth);
        return inner.endsWith("*") ? inner + "*" : inner + " *";
    }

    private String signature(int protoId, String name, int depth) {
        if (protoId == 0 || !(btf.type(protoId) instanceof BtfType.FuncProto p)) return name + "(?)";
        StringJoiner params = new StringJoiner(", ", "(", ")");
        for (BtfType.Param param : p.params()) {
            if (param.type() == 0) params.add("...");
            else params.add(withName(describe(param.type(), depth), param.name()));
        }
        String ret = describe(p.returnType(), depth);
        return ret + (name.isEmpty() ? " " : " " + name) + params;
    }

    private static String withName(String type, String name) {
        if (name.isEmpty()) return type;
        return type.endsWith("*") ? type + name : type + " " + name;
    }

    private static String orAnon(String name) {
        return name.isEmpty() ? "<anon>" : name;
    }
}
