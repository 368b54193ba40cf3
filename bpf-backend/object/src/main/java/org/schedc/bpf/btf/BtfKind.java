package org.schedc.bpf.btf;

/** Numeric BTF kinds as stored in the {@code info} word. */
final class BtfKind {
    static final int INT = 1, PTR = 2, ARRAY = 3, STRUCT = 4, UNION = 5, ENUM = 6, FWD = 7, TYPEDEF = 8,
            VOLATILE = 9, CONST = 10, RESTRICT = 11, FUNC = 12, FUNC_PROTO = 13, VAR = 14, DATASEC = 15,
            FLOAT = 16, DECL_TAG = 17, TYPE_TAG = 18, ENUM64 = 19;

    static final int MAGIC = 0xEB9F;
    static final int HEADER_LEN = 24;

    private BtfKind() {}

    static int of(BtfType t) {
        return switch (t) {
            case BtfType.Int x -> INT;
            case BtfType.Ptr x -> PTR;
            case BtfType.Array x -> ARRAY;
            case BtfType.Struct x -> STRUCT;
            case BtfType.Union x -> UNION;
            case BtfType.Enum x -> ENUM;
            case BtfType.Enum64 x -> ENUM64;
            case BtfType.Fwd x -> FWD;
            case BtfType.Typedef x -> TYPEDEF;
            case BtfType.Volatile x -> VOLATILE;
            case BtfType.Const x -> CONST;
            case BtfType.Restrict x -> RESTRICT;
            case BtfType.TypeTag x -> TYPE_TAG;
            case BtfType.Func x -> FUNC;
            case BtfType.FuncProto x -> FUNC_PROTO;
            case BtfType.Var x -> VAR;
            case BtfType.Datasec x -> DATASEC;
            case BtfType.Float x -> FLOAT;
            case BtfType.DeclTag x -> DECL_TAG;
        };
    }
}
