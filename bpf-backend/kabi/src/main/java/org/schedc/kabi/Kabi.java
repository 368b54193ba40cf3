package org.schedc.kabi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;

/**
 * What one target kernel offers a policy, read from its BTF: struct layouts, sched_ext_ops callbacks,
 * kfunc prototypes and enum values. Nothing here is hard-coded; a missing piece is {@code Optional.empty()}.
 */
public final class Kabi {
    private final String name;
    private final Btf btf;

    public Kabi(String name, Btf btf) {
        this.name = name;
        this.btf = btf;
    }

    public String name() { return name; }
    public Btf btf() { return btf; }

    /** A struct member reached by name, with its byte offset inside the struct. */
    public record FieldInfo(String structName, int structTypeId, int memberIndex, String memberName, int typeId, long byteOffset, int bitfieldSize) {}

    /** A callback of sched_ext_ops: its member index and parameters (from the CFI stub when present). */
    public record Callback(String name, int protoId, List<BtfType.Param> params, int returnType, List<Boolean> nullable, List<String> paramNames) {}

    public OptionalInt struct(String name) {
        for (int id : btf.findAll(name, BtfType.Struct.class)) {
            if (btf.type(id) instanceof BtfType.Struct s && !s.members().isEmpty()) return OptionalInt.of(id);
        }
        return btf.find(name, BtfType.Struct.class);
    }

    /** Finds a named member of a struct or union; anonymous nested members are searched too (as C does). */
    public Optional<List<FieldInfo>> member(int structId, String memberName) {
        BtfType t = btf.type(btf.resolve(structId));
        List<BtfType.Member> members = switch (t) {
            case BtfType.Struct s -> s.members();
            case BtfType.Union u -> u.members();
            default -> List.of();
        };
        String structName = t.name();
        for (int i = 0; i < members.size(); i++) {
            BtfType.Member m = members.get(i);
            if (m.name().equals(memberName)) {
                return Optional.of(List.of(new FieldInfo(structName, structId, i, m.name(), m.type(), m.bitOffset() / 8, m.bitfieldSize())));
            }
        }
        for (int i = 0; i < members.size(); i++) {
            BtfType.Member m = members.get(i);
            if (!m.name().isEmpty()) continue;
            int inner = btf.resolve(m.type());
            if (btf.type(inner) instanceof BtfType.Struct || btf.type(inner) instanceof BtfType.Union) {
                Optional<List<FieldInfo>> found = member(inner, memberName);
                if (found.isPresent()) {
                    List<FieldInfo> path = new ArrayList<>();
                    path.add(new FieldInfo(structName, structId, i, "", m.type(), m.bitOffset() / 8, 0));
                    path.addAll(found.get());
                    return Optional.of(path);
                }
            }
        }
        return Optional.empty();
    }

    /** Member names of a struct, for "did you mean" suggestions and completion. */
    public List<String> memberNames(int structId) {
        BtfType t = btf.type(btf.resolve(structId));
        List<String> names = new ArrayList<>();
        List<BtfType.Member> members = switch (t) {
            case BtfType.Struct s -> s.members();
            case BtfType.Union u -> u.members();
            default -> List.of();
        };
        for (BtfType.Member m : members) {
            if (!m.name().isEmpty()) names.add(m.name());
            else names.addAll(memberNames(m.type()));
        }
        return names;
    }

    public Optional<Callback> callback(String callbackName) {
        OptionalInt ops = struct("sched_ext_ops");
        if (ops.isEmpty()) return Optional.empty();
        Optional<List<FieldInfo>> m = member(ops.getAsInt(), callbackName);
        if (m.isEmpty()) return Optional.empty();
        int ptr = btf.resolve(m.get().getLast().typeId());
        if (ptr == 0 || !(btf.type(ptr) instanceof BtfType.Ptr p) || p.type() == 0) return Optional.empty();
        int protoId = btf.resolve(p.type());
        if (!(btf.type(protoId) instanceof BtfType.FuncProto proto)) return Optional.empty();
        // The CFI stub sched_ext_ops__<cb> carries parameter names; a "__nullable" suffix marks nullable pointers.
        List<BtfType.Param> params = proto.params();
        List<Boolean> nullable = new ArrayList<>();
        List<String> names = new ArrayList<>();
        OptionalInt stub = btf.find("sched_ext_ops__" + callbackName, BtfType.Func.class);
        List<BtfType.Param> stubParams = stub.isPresent() && btf.type(((BtfType.Func) btf.type(stub.getAsInt())).type()) instanceof BtfType.FuncProto sp
                ? sp.params() : List.of();
        for (int i = 0; i < params.size(); i++) {
            nullable.add(i < stubParams.size() && stubParams.get(i).name().endsWith("__nullable"));
            String n = i < stubParams.size() ? stubParams.get(i).name().replaceFirst("__nullable$", "") : params.get(i).name();
            names.add(n.isEmpty() ? "arg" + i : n);
        }
        return Optional.of(new Callback(callbackName, protoId, params, proto.returnType(), nullable, names));
    }

    public List<String> callbackNames() {
        OptionalInt ops = struct("sched_ext_ops");
        if (ops.isEmpty()) return List.of();
        List<String> names = new ArrayList<>();
        if (btf.type(ops.getAsInt()) instanceof BtfType.Struct s) {
            for (BtfType.Member m : s.members()) {
                int t = btf.resolve(m.type());
                if (t != 0 && btf.type(t) instanceof BtfType.Ptr p && p.type() != 0 && btf.type(btf.resolve(p.type())) instanceof BtfType.FuncProto) names.add(m.name());
            }
        }
        return names;
    }

    /** A kernel function's prototype id, when the kernel has it. */
    public OptionalInt kfunc(String funcName) {
        OptionalInt f = btf.find(funcName, BtfType.Func.class);
        if (f.isEmpty()) return OptionalInt.empty();
        return OptionalInt.of(((BtfType.Func) btf.type(f.getAsInt())).type());
    }

    /** A kernel function's prototype in C-like spelling ({@code void scx_bpf_kick_cpu(s32 cpu, u64 flags)}), when the kernel has it. */
    public Optional<String> kfuncPrototype(String funcName) {
        OptionalInt proto = kfunc(funcName);
        if (proto.isEmpty() || !(btf.type(proto.getAsInt()) instanceof BtfType.FuncProto fp)) return Optional.empty();
        List<String> ps = new ArrayList<>();
        for (BtfType.Param p : fp.params()) ps.add(btf.describe(p.type()) + (p.name() == null || p.name().isEmpty() ? "" : " " + p.name()));
        return Optional.of((fp.returnType() == 0 ? "void" : btf.describe(fp.returnType())) + " " + funcName + "(" + String.join(", ", ps) + ")");
    }

    /** How many parameters a kernel function takes, when the kernel has it. */
    public OptionalInt kfuncArity(String funcName) {
        OptionalInt proto = kfunc(funcName);
        if (proto.isEmpty()) return OptionalInt.empty();
        return btf.type(proto.getAsInt()) instanceof BtfType.FuncProto fp ? OptionalInt.of(fp.params().size()) : OptionalInt.empty();
    }

    /** The value of an enumerator such as SCX_DSQ_LOCAL, from any ENUM or ENUM64. */
    public OptionalLong enumValue(String enumerator) {
        Enumerator e = enumerators().get(enumerator);
        return e == null ? OptionalLong.empty() : OptionalLong.of(e.value());
    }

    /** Id of the ENUM/ENUM64 type that declares an enumerator, for ENUMVAL CO-RE relocations. */
    public OptionalInt enumTypeOf(String enumerator) {
        Enumerator e = enumerators().get(enumerator);
        return e == null ? OptionalInt.empty() : OptionalInt.of(e.typeId());
    }

    /** Every enumerator name of the kernel's ENUM/ENUM64 types (for suggestions). */
    public java.util.Set<String> enumeratorNames() {
        return java.util.Collections.unmodifiableSet(enumerators().keySet());
    }

    private record Enumerator(int typeId, int index, long value) {}

    private java.util.Map<String, Enumerator> enumerators;

    private java.util.Map<String, Enumerator> enumerators() {
        if (enumerators == null) {
            java.util.Map<String, Enumerator> all = new java.util.HashMap<>();
            for (int id = 1; id <= btf.count(); id++) {
                List<BtfType.EnumValue> values = switch (btf.type(id)) {
                    case BtfType.Enum e -> e.values();
                    case BtfType.Enum64 e -> e.values();
                    default -> List.of();
                };
                for (int i = 0; i < values.size(); i++) all.putIfAbsent(values.get(i).name(), new Enumerator(id, i, values.get(i).value()));
            }
            enumerators = all;
        }
        return enumerators;
    }
}
