package org.schedc.bpf.link;

import java.util.List;
import org.schedc.bpf.btf.BtfType;

/** Exhaustive classification of BTF kinds, so that a new kind in the model breaks the build here and only here. */
public final class BtfShapes {
    public enum Shape { COMPOSITE, INT, ENUM, POINTER, ARRAY, FUNC_PROTO, FWD, OTHER }

    private BtfShapes() {}

    public static Shape shape(BtfType t) {
        return switch (t) {
            case BtfType.Struct s -> Shape.COMPOSITE;
            case BtfType.Union u -> Shape.COMPOSITE;
            case BtfType.Int i -> Shape.INT;
            case BtfType.Enum e -> Shape.ENUM;
            case BtfType.Enum64 e -> Shape.ENUM;
            case BtfType.Ptr p -> Shape.POINTER;
            case BtfType.Array a -> Shape.ARRAY;
            case BtfType.FuncProto f -> Shape.FUNC_PROTO;
            case BtfType.Fwd f -> Shape.FWD;
            case BtfType.Typedef x -> Shape.OTHER;
            case BtfType.Volatile x -> Shape.OTHER;
            case BtfType.Const x -> Shape.OTHER;
            case BtfType.Restrict x -> Shape.OTHER;
            case BtfType.TypeTag x -> Shape.OTHER;
            case BtfType.Func x -> Shape.OTHER;
            case BtfType.Var x -> Shape.OTHER;
            case BtfType.Datasec x -> Shape.OTHER;
            case BtfType.Float x -> Shape.OTHER;
            case BtfType.DeclTag x -> Shape.OTHER;
        };
    }

    /** Members of a struct or union, null for other kinds. */
    public static List<BtfType.Member> members(BtfType t) {
        if (t instanceof BtfType.Struct s) return s.members();
        if (t instanceof BtfType.Union u) return u.members();
        return null;
    }

    /** Enumerators of an enum (32 or 64 bit), null for other kinds. */
    public static List<BtfType.EnumValue> enumValues(BtfType t) {
        if (t instanceof BtfType.Enum e) return e.values();
        if (t instanceof BtfType.Enum64 e) return e.values();
        return null;
    }

    public static boolean signed(BtfType t) {
        if (t instanceof BtfType.Int i) return (i.encoding() & 1) != 0;
        if (t instanceof BtfType.Enum e) return e.signed();
        if (t instanceof BtfType.Enum64 e) return e.signed();
        return false;
    }
}
