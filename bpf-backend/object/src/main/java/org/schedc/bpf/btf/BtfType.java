package org.schedc.bpf.btf;

import java.util.List;

/**
 * One BTF type. Ids are positions in {@link Btf} (1-based; 0 = void). Every type has a name ("" when anonymous),
 * as in the format.
 */
public sealed interface BtfType {
    String name();

    /** {@code encoding}: BTF_INT_SIGNED=1, CHAR=2, BOOL=4. */
    record Int(String name, int size, int encoding, int bitOffset, int bits) implements BtfType {}

    record Ptr(String name, int type) implements BtfType {}

    record Array(String name, int elemType, int indexType, int nelems) implements BtfType {}

    record Struct(String name, int size, List<Member> members) implements BtfType {
        public Struct { members = List.copyOf(members); }
    }

    record Union(String name, int size, List<Member> members) implements BtfType {
        public Union { members = List.copyOf(members); }
    }

    record Enum(String name, int size, boolean signed, List<EnumValue> values) implements BtfType {
        public Enum { values = List.copyOf(values); }
    }

    record Enum64(String name, int size, boolean signed, List<EnumValue> values) implements BtfType {
        public Enum64 { values = List.copyOf(values); }
    }

    record Fwd(String name, boolean union) implements BtfType {}

    record Typedef(String name, int type) implements BtfType {}

    record Volatile(String name, int type) implements BtfType {}

    record Const(String name, int type) implements BtfType {}

    record Restrict(String name, int type) implements BtfType {}

    record TypeTag(String name, int type) implements BtfType {}

    /** {@code type} is a FuncProto id; {@code linkage} 0 static, 1 global, 2 extern. */
    record Func(String name, int type, int linkage) implements BtfType {}

    record FuncProto(String name, int returnType, List<Param> params) implements BtfType {
        public FuncProto { params = List.copyOf(params); }
    }

    /** {@code linkage} 0 static, 1 global (2 extern). */
    record Var(String name, int type, int linkage) implements BtfType {}

    record Datasec(String name, int size, List<SecVar> vars) implements BtfType {
        public Datasec { vars = List.copyOf(vars); }
    }

    record Float(String name, int size) implements BtfType {}

    /** {@code componentIdx} -1 tags the type itself, otherwise a member/parameter index. */
    record DeclTag(String name, int type, int componentIdx) implements BtfType {}

    /** Struct kflag semantics: the encoder sets kflag when any member has {@code bitfieldSize > 0}. */
    record Member(String name, int type, int bitOffset, int bitfieldSize) {}

    record EnumValue(String name, long value) {}

    record Param(String name, int type) {}

    record SecVar(int type, int offset, int size) {}
}
