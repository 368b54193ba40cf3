package org.schedc.verifier;

import org.schedc.bpf.link.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;

/**
 * What the verifier knows from the kernel's BTF: sched_ext_ops callback prototypes (with the CFI stubs' nullable
 * parameter names), kfunc prototypes, struct layouts for PTR_TO_BTF_ID accesses and the writable task_struct fields.
 */
final class KernelModel {
    record Callback(String name, List<ArgType> params, List<Boolean> nullable, boolean returnsValue) {}

    record Kfunc(String name, List<String> paramNames, List<ArgType> params, ArgType ret) {}

    /** Result of reading {@code size} bytes of a kernel struct. */
    sealed interface FieldRead {
        record ScalarField(int size) implements FieldRead {}

        record PointerField(int btfId, String name, String member) implements FieldRead {}

        record Denied(String message) implements FieldRead {}
    }

    /** task_struct pointer fields the kernel trusts under RCU (BTF_TYPE_SAFE_RCU in verifier.c). */
    private static final Set<String> RCU_SAFE_TASK_FIELDS = Set.of("cpus_ptr", "cgroups", "real_parent", "group_leader");

    private final Btf btf;
    private final Btf objectBtf;
    private final int taskStructId;
    private final List<long[]> writableTaskRanges = new ArrayList<>();
    private final boolean partial;
    private final Map<String, Optional<Kfunc>> kfuncCache = new HashMap<>();

    KernelModel(Btf btf) throws ObjectFormatException {
        this(btf, null);
    }

    /** With the object's BTF, kfunc externs are resolved only when their prototypes match the kernel's, as libbpf does. */
    KernelModel(Btf btf, Btf objectBtf) throws ObjectFormatException {
        this.objectBtf = objectBtf;
        this.btf = btf;
        if (btf.find("sched_ext_ops", BtfType.Struct.class).isEmpty()) {
            throw new ObjectFormatException("kernel BTF has no struct sched_ext_ops (not a sched_ext kernel)");
        }
        this.taskStructId = btf.find("task_struct", BtfType.Struct.class).orElse(0);
        int taskMembers = taskStructId == 0 ? 0 : ((BtfType.Struct) btf.type(taskStructId)).members().size();
        this.partial = taskMembers < 100; // a KABI snapshot keeps offsets but drops most members
        if (taskStructId != 0) {
            for (BtfType.Member m : ((BtfType.Struct) btf.type(taskStructId)).members()) {
                if (!m.name().equals("scx") || !(btf.type(btf.resolve(m.type())) instanceof BtfType.Struct scx)) continue;
                for (BtfType.Member f : scx.members()) {
                    if (Set.of("slice", "dsq_vtime", "disallow").contains(f.name())) {
                        long start = (m.bitOffset() + f.bitOffset()) / 8;
                        long size = f.bitfieldSize() > 0 ? (f.bitfieldSize() + 7) / 8 : safeSize(f.type());
                        writableTaskRanges.add(new long[] {start, start + Math.max(size, 1)});
                    }
                }
            }
        }
    }

    Btf btf() { return btf; }

    int taskStructId() { return taskStructId; }

    Optional<Callback> callback(String name) {
        BtfType.Struct ops = (BtfType.Struct) btf.type(btf.find("sched_ext_ops", BtfType.Struct.class).getAsInt());
        for (BtfType.Member m : ops.members()) {
            if (!m.name().equals(name)) continue;
            if (!(btf.type(btf.resolve(m.type())) instanceof BtfType.Ptr p) || !(btf.type(btf.resolve(p.type())) instanceof BtfType.FuncProto fp)) {
                return Optional.empty();
            }
            List<String> stubNames = stubParamNames(name);
            List<ArgType> params = new ArrayList<>();
            List<Boolean> nullable = new ArrayList<>();
            for (int i = 0; i < fp.params().size(); i++) {
                params.add(argType(fp.params().get(i).type()));
                String stub = i < stubNames.size() ? stubNames.get(i) : "";
                nullable.add(stub.endsWith("__nullable") || (stubNames.isEmpty() && name.equals("dispatch") && i == 1));
            }
            return Optional.of(new Callback(name, params, nullable, fp.returnType() != 0 && !(argType(fp.returnType()) instanceof ArgType.Void)));
        }
        return Optional.empty();
    }

    private List<String> stubParamNames(String callback) {
        var stub = btf.find("sched_ext_ops__" + callback, BtfType.Func.class);
        if (stub.isEmpty()) return List.of();
        if (!(btf.type(((BtfType.Func) btf.type(stub.getAsInt())).type()) instanceof BtfType.FuncProto fp)) return List.of();
        return fp.params().stream().map(BtfType.Param::name).toList();
    }

    /**
     * The kernel's kfunc an object extern of that name resolves to. libbpf drops a "___flavor" suffix at the LAST
     * "___" (so "f___a___b" looks for "f___a"), and with the object's BTF it requires a compatible prototype
     * ({@link KfuncProtoCompat}); an incompatible one is left unresolved.
     */
    Optional<Kfunc> kfunc(String objectName) {
        return kfuncCache.computeIfAbsent(objectName, n -> {
            var id = Externs.kernelFunc(n, objectBtf, btf);
            if (id.isEmpty()) return Optional.empty();
            String name = Externs.essentialName(n);
            BtfType.FuncProto fp = (BtfType.FuncProto) btf.type(((BtfType.Func) btf.type(id.getAsInt())).type());
            List<ArgType> params = fp.params().stream().map(p -> argType(p.type())).toList();
            return Optional.of(new Kfunc(name, fp.params().stream().map(BtfType.Param::name).toList(), params, argType(fp.returnType())));
        });
    }

    ArgType argType(int typeId) {
        try {
            int r = btf.resolve(typeId);
            if (r == 0) return new ArgType.Void();
            BtfType t = btf.type(r);
            if (!(t instanceof BtfType.Ptr p)) return new ArgType.ScalarArg((int) Math.min(8, Math.max(1, safeSize(r))), BtfShapes.signed(t));
            int target = btf.resolve(p.type());
            if (target == 0) return new ArgType.MemPtr(0);
            BtfType tt = btf.type(target);
            return switch (BtfShapes.shape(tt)) {
                case COMPOSITE, FWD -> new ArgType.StructPtr(target, tt.name());
                case FUNC_PROTO -> new ArgType.ScalarArg(8, false);
                case INT, ENUM, POINTER, ARRAY, OTHER -> new ArgType.MemPtr(safeSize(target));
            };
        } catch (IllegalArgumentException e) {
            return new ArgType.ScalarArg(8, false);
        }
    }

    private long safeSize(int typeId) {
        try {
            return btf.sizeOf(typeId);
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    long sizeOf(int btfId) { return safeSize(btfId); }

    /**
     * The kernel's __btf_type_is_scalar_struct: every member an integer, enum or float, an array of those, or such a
     * struct again (a few levels deep). A kfunc takes a pointer to one as plain memory of the struct's size.
     */
    boolean isScalarStruct(int btfId) {
        return scalarStruct(btfId, 0);
    }

    private boolean scalarStruct(int typeId, int depth) {
        try {
            if (depth > 3) return false;
            BtfType t = btf.type(btf.resolve(typeId));
            if (!(t instanceof BtfType.Struct s)) return false;
            for (BtfType.Member m : s.members()) {
                int id = btf.resolve(m.type());
                if (btf.type(id) instanceof BtfType.Array a) id = btf.resolve(a.elemType());
                BtfType mt = btf.type(id);
                boolean ok = switch (BtfShapes.shape(mt)) {
                    case INT, ENUM -> true;
                    case COMPOSITE -> mt instanceof BtfType.Struct && scalarStruct(id, depth + 1);
                    case POINTER, ARRAY, FUNC_PROTO, FWD, OTHER -> false;
                };
                if (!ok) return false;
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    String typeName(int btfId) {
        return btfId > 0 && btfId <= btf.count() ? btf.type(btfId).name() : "?";
    }

    /** True when an object of type {@code given} may be passed where {@code expected} is wanted (same or first-member nesting). */
    boolean compatible(int given, int expected) {
        int cur = given;
        for (int depth = 0; depth < 8 && cur > 0; depth++) {
            if (cur == expected || typeName(cur).equals(typeName(expected)) && !typeName(cur).isEmpty()) return true;
            if (!(btf.type(cur) instanceof BtfType.Struct s) || s.members().isEmpty() || s.members().getFirst().bitOffset() != 0) return false;
            cur = btf.resolve(s.members().getFirst().type());
        }
        return false;
    }

    boolean taskFieldWritable(int btfId, long off, int size) {
        if (btfId != taskStructId) return false;
        for (long[] r : writableTaskRanges) if (off >= r[0] && off + size <= r[1]) return true;
        return false;
    }

    String writableTaskFields() { return "scx.slice, scx.dsq_vtime, scx.disallow"; }

    boolean isRcuSafeField(int structId, String member) { return structId == taskStructId && RCU_SAFE_TASK_FIELDS.contains(member); }

    /** Resolves a read of {@code size} bytes at {@code off} inside struct {@code btfId} to the member it hits. */
    FieldRead read(int btfId, long off, int size) {
        try {
            return walk(btfId, off, size, typeName(btfId), "", 0);
        } catch (IllegalArgumentException e) {
            return new FieldRead.ScalarField(size);
        }
    }

    private FieldRead walk(int typeId, long off, int size, String structName, String member, int depth) {
        int r = btf.resolve(typeId);
        if (depth > 32 || r == 0) return new FieldRead.ScalarField(size);
        BtfType t = btf.type(r);
        List<BtfType.Member> members = BtfShapes.members(t);
        if (members != null) {
            long structSize = btf.sizeOf(r);
            if (structSize == 0) return new FieldRead.ScalarField(size); // stub in a KABI snapshot: layout unknown
            if (off + size > structSize) {
                return new FieldRead.Denied("access beyond struct " + btf.type(r).name() + " at off " + off + " size " + size);
            }
            for (BtfType.Member m : members) {
                long mOff = m.bitOffset() / 8;
                long mSize = m.bitfieldSize() > 0 ? (m.bitOffset() % 8 + m.bitfieldSize() + 7) / 8 : safeSize(m.type());
                if (off < mOff || off >= mOff + Math.max(mSize, 1)) continue;
                if (off + size > mOff + mSize) {
                    return new FieldRead.Denied("access beyond the end of member " + m.name() + " (mend:" + (mOff + mSize) + ") in struct "
                            + btf.type(r).name() + " with off " + off + " size " + size);
                }
                if (m.bitfieldSize() > 0) return new FieldRead.ScalarField(size);
                return walk(m.type(), off - mOff, size, btf.type(r).name(), m.name(), depth + 1);
            }
            if (partial) return new FieldRead.ScalarField(size);
            return new FieldRead.Denied("access to struct " + btf.type(r).name() + " at off " + off + " size " + size + " does not hit a member");
        }
        return switch (BtfShapes.shape(t)) {
            case ARRAY -> {
                BtfType.Array a = (BtfType.Array) t;
                long elem = safeSize(a.elemType());
                if (elem <= 0) yield new FieldRead.ScalarField(size);
                long inner = off % elem;
                if (inner + size > elem) yield new FieldRead.ScalarField(size); // spans elements of a scalar array
                yield walk(a.elemType(), inner, size, structName, member, depth + 1);
            }
            case POINTER -> {
                BtfType.Ptr p = (BtfType.Ptr) t;
                if (off == 0 && size == 8) {
                    int target = btf.resolve(p.type());
                    if (target > 0 && (btf.type(target) instanceof BtfType.Struct || btf.type(target) instanceof BtfType.Union)) {
                        yield new FieldRead.PointerField(target, btf.type(target).name(), member);
                    }
                }
                yield new FieldRead.ScalarField(size);
            }
            case COMPOSITE, INT, ENUM, FUNC_PROTO, FWD, OTHER -> new FieldRead.ScalarField(size);
        };
    }
}
