package org.schedc.genjava;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schedc.lower.RuntimeMaps;
import org.schedc.sema.CheckedPolicy;
import org.schedc.sema.Symbols;
import org.schedc.sema.Type;

/**
 * What the generated code is made from, read off a checked policy: the same tags, counters and state layouts the
 * object writer puts into the object's BTF (docs/runtime-abi.md), with the Java name of each.
 */
record SkeletonModel(String pkg, String policy, String prefix, List<String> tags, Map<String, String> tagConstants,
                     List<String> counters, Map<String, String> counterNames,
                     Optional<State> taskState, Optional<State> cpuState) {

    /** How a stored field reads in Java: its type and the {@code org.schedc.control.Values} reader. */
    enum Kind {
        BOOL("boolean", "bool"), U8("int", "u8"), S8("int", "s8"), U16("int", "u16"), S16("int", "s16"),
        U32("long", "u32"), S32("int", "s32"), U64("long", "s64"), S64("long", "s64"), BYTES("byte[]", "bytes");

        final String javaType, reader;

        Kind(String javaType, String reader) {
            this.javaType = javaType;
            this.reader = reader;
        }
    }

    record Field(String name, String javaName, Kind kind, int offset, int size) {}

    /** A state block: the BTF struct name and value size the map has, and the fields user space sees. */
    record State(String struct, int size, List<Field> fields) {}

    static SkeletonModel of(CheckedPolicy policy, String pkg) {
        String prefix = JavaNames.typePrefix(policy.name());
        Map<String, String> tagConstants = JavaNames.unique(policy.tags(), JavaNames::constant, Set.of());
        List<String> counters = policy.counters().stream().map(Symbols.CounterInfo::name).toList();
        Map<String, String> counterNames = JavaNames.unique(counters, JavaNames::lowerCamel, Set.of());
        return new SkeletonModel(pkg, policy.name(), prefix, policy.tags(), tagConstants, counters, counterNames,
                state(RuntimeMaps.taskState(policy.name()), policy.taskState()), state(RuntimeMaps.cpuState(policy.name()), policy.cpuState()));
    }

    /** Fields the compiler adds (the classify cache, named with a leading underscore) are the policy's own business. */
    private static Optional<State> state(String struct, Symbols.StateLayout layout) {
        if (layout == null) return Optional.empty();
        List<Symbols.StateField> visible = layout.fields().stream().filter(f -> !f.name().startsWith("_")).toList();
        if (visible.isEmpty()) return Optional.empty();
        Map<String, String> names = JavaNames.unique(visible.stream().map(Symbols.StateField::name).toList(), JavaNames::lowerCamel, Set.of());
        List<Field> fields = visible.stream()
                .map(f -> new Field(f.name(), names.get(f.name()), kind(f.type()), f.offset(), f.size())).toList();
        return Optional.of(new State(struct, layout.size(), fields));
    }

    private static Kind kind(Type t) {
        return switch (t) {
            case Type.Bool b -> Kind.BOOL;
            case Type.Chars c -> Kind.BYTES;
            case Type.Int i -> switch (i.bits()) {
                case 8 -> i.signed() ? Kind.S8 : Kind.U8;
                case 16 -> i.signed() ? Kind.S16 : Kind.U16;
                case 32 -> i.signed() ? Kind.S32 : Kind.U32;
                default -> i.signed() ? Kind.S64 : Kind.U64;
            };
            // the checker allows only integers, bool and [u8; N] in state blocks (E0319)
            case Type.UntypedInt u -> throw notStored(t);
            case Type.KernelPtr k -> throw notStored(t);
            case Type.KernelStruct k -> throw notStored(t);
            case Type.StateBlock b -> throw notStored(t);
            case Type.CpuPick c -> throw notStored(t);
            case Type.Tag g -> throw notStored(t);
            case Type.Str s -> throw notStored(t);
            case Type.Queue q -> throw notStored(t);
            case Type.Void v -> throw notStored(t);
            case Type.Error e -> throw notStored(t);
        };
    }

    private static IllegalArgumentException notStored(Type t) {
        return new IllegalArgumentException("a state field of type " + t.display() + " passed the checker");
    }

    String type(String suffix) {
        return prefix + suffix;
    }
}
