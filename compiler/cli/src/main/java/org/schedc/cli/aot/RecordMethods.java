package org.schedc.cli.aot;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.classfile.constantpool.LoadableConstantEntry;
import java.lang.classfile.constantpool.MethodHandleEntry;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * Records' {@code equals} and {@code hashCode} call sites ({@code ObjectMethods.bootstrap}) for {@link IndyPrelink}, as
 * the method handles {@code java.lang.runtime.ObjectMethods} builds compute them: {@code hashCode} folds
 * {@code h = h * 31 + hash(component)} over the components in order from 0, with the wrapper's {@code hashCode} for
 * primitives and {@code Objects.hashCode} for references; {@code equals} is true for the same object, false for an
 * object of another class (or null), and else compares the components, the last one first (the handle nests the
 * comparisons that way), with {@code ==} for integral types, {@code Float/Double.compare == 0} and {@code Objects.equals}.
 * Only sites whose bootstrap arguments are the record itself, its component names and one field getter of the record
 * per component are rewritten; {@code toString} sites stay as they are (no compile reaches them).
 */
final class RecordMethods {
    static final ClassDesc OBJECT_METHODS = ClassDesc.of("java.lang.runtime.ObjectMethods");
    private static final ClassDesc OBJECTS = ClassDesc.of("java.util.Objects");

    private RecordMethods() {}

    /** A component: the record's field of that name and type. */
    record Field(String name, ClassDesc type) {}

    record Equals(MethodTypeDesc type, ClassDesc record, List<Field> fields) implements IndyPrelink.Site {}

    record HashCode(MethodTypeDesc type, ClassDesc record, List<Field> fields) implements IndyPrelink.Site {}

    static IndyPrelink.Site site(InvokeDynamicInstruction indy, ClassDesc self) {
        if (!indy.bootstrapMethod().methodName().equals("bootstrap")) return null;
        List<LoadableConstantEntry> args = indy.invokedynamic().bootstrap().arguments();
        if (args.size() < 2 || !(args.get(0) instanceof java.lang.classfile.constantpool.ClassEntry c) || !c.asSymbol().equals(self)) return null;
        List<Field> fields = new ArrayList<>();
        for (LoadableConstantEntry a : args.subList(2, args.size())) {
            if (!(a instanceof MethodHandleEntry mh) || mh.asSymbol().kind() != java.lang.constant.DirectMethodHandleDesc.Kind.GETTER
                    || !mh.reference().owner().asSymbol().equals(self)) return null;
            fields.add(new Field(mh.reference().name().stringValue(), ClassDesc.ofDescriptor(mh.reference().type().stringValue())));
        }
        MethodTypeDesc type = indy.typeSymbol();
        return switch (indy.name().stringValue()) {
            case "equals" -> type.equals(MethodTypeDesc.of(ConstantDescs.CD_boolean, self, ConstantDescs.CD_Object))
                    ? new Equals(type, self, List.copyOf(fields)) : null;
            case "hashCode" -> type.equals(MethodTypeDesc.of(ConstantDescs.CD_int, self))
                    ? new HashCode(type, self, List.copyOf(fields)) : null;
            default -> null;
        };
    }

    static void emitHashCode(CodeBuilder code, HashCode h) {
        code.iconst_0();
        for (Field f : h.fields()) {
            code.bipush(31).imul();
            code.aload(0).getfield(h.record(), f.name(), f.type());
            hash(code, f.type());
            code.iadd();
        }
        code.ireturn();
    }

    private static void hash(CodeBuilder code, ClassDesc t) {
        if (!t.isPrimitive()) {
            code.invokestatic(OBJECTS, "hashCode", MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_Object));
            return;
        }
        ClassDesc wrapper = switch (t.descriptorString()) {
            case "Z" -> ConstantDescs.CD_Boolean;
            case "B" -> ConstantDescs.CD_Byte;
            case "S" -> ConstantDescs.CD_Short;
            case "C" -> ConstantDescs.CD_Character;
            case "I" -> ConstantDescs.CD_Integer;
            case "J" -> ConstantDescs.CD_Long;
            case "F" -> ConstantDescs.CD_Float;
            case "D" -> ConstantDescs.CD_Double;
            default -> throw new IllegalArgumentException("component type " + t);
        };
        code.invokestatic(wrapper, "hashCode", MethodTypeDesc.of(ConstantDescs.CD_int, t));
    }

    static void emitEquals(CodeBuilder code, Equals e) {
        Label notSame = code.newLabel(), isRecord = code.newLabel(), differ = code.newLabel();
        code.aload(0).aload(1).if_acmpne(notSame).iconst_1().ireturn();
        code.labelBinding(notSame);
        code.aload(1).instanceOf(e.record()).ifne(isRecord).iconst_0().ireturn();
        code.labelBinding(isRecord);
        code.aload(1).checkcast(e.record()).astore(2);
        for (int i = e.fields().size() - 1; i >= 0; i--) {
            Field f = e.fields().get(i);
            code.aload(0).getfield(e.record(), f.name(), f.type());
            code.aload(2).getfield(e.record(), f.name(), f.type());
            switch (TypeKind.from(f.type())) {
                case BOOLEAN, BYTE, SHORT, CHAR, INT -> code.if_icmpne(differ);
                case LONG -> code.lcmp().ifne(differ);
                case FLOAT -> code.invokestatic(ConstantDescs.CD_Float, "compare", MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_float, ConstantDescs.CD_float)).ifne(differ);
                case DOUBLE -> code.invokestatic(ConstantDescs.CD_Double, "compare", MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_double, ConstantDescs.CD_double)).ifne(differ);
                case REFERENCE -> code.invokestatic(OBJECTS, "equals", MethodTypeDesc.of(ConstantDescs.CD_boolean, ConstantDescs.CD_Object, ConstantDescs.CD_Object)).ifeq(differ);
                case VOID -> throw new IllegalArgumentException("void component");
            }
        }
        code.iconst_1().ireturn();
        code.labelBinding(differ);
        code.iconst_0().ireturn();
    }
}
