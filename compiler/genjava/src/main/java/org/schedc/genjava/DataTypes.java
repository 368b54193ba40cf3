package org.schedc.genjava;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Optional;
import java.util.SequencedMap;
import javax.lang.model.element.Modifier;
import org.schedc.control.Values;

/** The value types of the skeleton: the tag enum, the counters record and the state records. */
final class DataTypes {
    private DataTypes() {
    }

    /** {@code enum GameTag { RENDER(1, "render"), ... }} with the number the maps store and the DSL name. */
    static TypeSpec tagEnum(SkeletonModel m) {
        ClassName self = ClassName.get(m.pkg(), m.type("Tag"));
        TypeSpec.Builder b = TypeSpec.enumBuilder(self).addModifiers(Modifier.PUBLIC)
                .addJavadoc("The tags policy {@code $L} declares, numbered as its {@code enum $L_tag} (0 is no tag).\n", m.policy(), m.policy());
        for (int i = 0; i < m.tags().size(); i++) {
            String tag = m.tags().get(i);
            b.addEnumConstant(m.tagConstants().get(tag), TypeSpec.anonymousClassBuilder("$L, $S", i + 1, tag).build());
        }
        b.addField(long.class, "number", Modifier.PRIVATE, Modifier.FINAL).addField(String.class, "policyName", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addParameter(long.class, "number").addParameter(String.class, "policyName")
                        .addStatement("this.number = number").addStatement("this.policyName = policyName").build())
                .addMethod(MethodSpec.methodBuilder("number").addModifiers(Modifier.PUBLIC).returns(long.class)
                        .addJavadoc("The number the tag maps store.\n").addStatement("return number").build())
                .addMethod(MethodSpec.methodBuilder("policyName").addModifiers(Modifier.PUBLIC).returns(String.class)
                        .addJavadoc("The name as the policy and {@code schedc tag} spell it.\n").addStatement("return policyName").build())
                .addMethod(MethodSpec.methodBuilder("ofNumber").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self)).addParameter(long.class, "number")
                        .addJavadoc("The tag with this number; empty for 0 (untagged) and numbers the policy does not declare.\n")
                        .beginControlFlow("for ($T t : values())", self)
                        .beginControlFlow("if (t.number == number)").addStatement("return $T.of(t)", Optional.class).endControlFlow()
                        .endControlFlow().addStatement("return $T.empty()", Optional.class).build())
                .addMethod(MethodSpec.methodBuilder("ofName").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self)).addParameter(String.class, "name")
                        .addJavadoc("The tag the policy calls {@code name}.\n")
                        .beginControlFlow("for ($T t : values())", self)
                        .beginControlFlow("if (t.policyName.equals(name))").addStatement("return $T.of(t)", Optional.class).endControlFlow()
                        .endControlFlow().addStatement("return $T.empty()", Optional.class).build());
        return b.build();
    }

    /** {@code record GameCounters(long renderWakeups, ...)}: totals over CPUs, built from the runtime's name map. */
    static TypeSpec counters(SkeletonModel m) {
        ClassName self = ClassName.get(m.pkg(), m.type("Counters"));
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
        CodeBlock.Builder of = CodeBlock.builder().add("return new $T(", self);
        CodeBlock.Builder minus = CodeBlock.builder().add("return new $T(", self);
        String sep = "";
        for (String c : m.counters()) {
            String j = m.counterNames().get(c);
            ctor.addParameter(ParameterSpec.builder(long.class, j).addJavadoc("counter {@code $L}\n", c).build());
            of.add("$Lcount(values, $S)", sep, c);
            minus.add("$L$L - earlier.$L", sep, j, j);
            sep = ", ";
        }
        TypeName values = ParameterizedTypeName.get(SequencedMap.class, String.class, Long.class);
        return TypeSpec.recordBuilder(self).addModifiers(Modifier.PUBLIC).recordConstructor(ctor.build())
                .addJavadoc("Policy {@code $L}'s counters (its {@code $L_stats} map), each summed over the CPUs. Values are\n"
                        + "unsigned 64-bit: print them with {@link Long#toUnsignedString(long)}.\n", m.policy(), m.policy())
                .addMethod(MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                        .addParameter(values, "values").addJavadoc("From {@code PolicyControl.counters()}.\n")
                        .addStatement(of.add(")").build()).build())
                .addMethod(MethodSpec.methodBuilder("minus").addModifiers(Modifier.PUBLIC).returns(self)
                        .addParameter(self, "earlier").addJavadoc("The change since {@code earlier} (wrapping, like the counters).\n")
                        .addStatement(minus.add(")").build()).build())
                .addMethod(MethodSpec.methodBuilder("count").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(long.class)
                        .addParameter(values, "values").addParameter(String.class, "name")
                        .addStatement("Long v = values.get(name)")
                        .beginControlFlow("if (v == null)")
                        .addStatement("throw new $T($S + name)", IllegalArgumentException.class, "no counter ")
                        .endControlFlow().addStatement("return v").build())
                .build();
    }

    /** {@code record GameTaskState(long started, ...)} decoded from the map value at the offsets the object's BTF has. */
    static TypeSpec state(SkeletonModel m, SkeletonModel.State st, String suffix, String what) {
        ClassName self = ClassName.get(m.pkg(), m.type(suffix));
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
        CodeBlock.Builder decode = CodeBlock.builder().add("return new $T(", self);
        String sep = "";
        for (SkeletonModel.Field f : st.fields()) {
            ctor.addParameter(ParameterSpec.builder(javaType(f.kind()), f.javaName()).addJavadoc("field {@code $L}\n", f.name()).build());
            if (f.kind() == SkeletonModel.Kind.BYTES) decode.add("$L$T.bytes(value, $L, $L)", sep, Values.class, f.offset(), f.size());
            else decode.add("$L$T.$L(value, $L)", sep, Values.class, f.kind().reader, f.offset());
            sep = ", ";
        }
        return TypeSpec.recordBuilder(self).addModifiers(Modifier.PUBLIC).recordConstructor(ctor.build())
                .addJavadoc("Policy {@code $L}'s $L (struct {@code $L}, $L bytes).\n", m.policy(), what, st.struct(), st.size())
                .addMethod(MethodSpec.methodBuilder("decode").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                        .addParameter(byte[].class, "value").addJavadoc("From the map value's bytes.\n")
                        .beginControlFlow("if (value.length != $L)", st.size())
                        .addStatement("throw new $T($S + value.length)", IllegalArgumentException.class, "expected " + st.size() + " bytes, got ")
                        .endControlFlow()
                        .addStatement(decode.add(")").build()).build())
                .build();
    }

    static TypeName javaType(SkeletonModel.Kind k) {
        return switch (k) {
            case BOOL -> TypeName.BOOLEAN;
            case U8, S8, U16, S16, S32 -> TypeName.INT;
            case U32, U64, S64 -> TypeName.LONG;
            case BYTES -> ArrayTypeName.of(TypeName.BYTE);
        };
    }

    /** The shape the runtime checks the running policy against, as a Java expression ({@code tagNumbers()} is the policy class's). */
    static CodeBlock shape(SkeletonModel m) {
        ClassName shape = ClassName.get("org.schedc.control", "PolicyShape");
        CodeBlock.Builder counters = CodeBlock.builder().add("$T.of(", java.util.List.class);
        for (int i = 0; i < m.counters().size(); i++) counters.add("$L$S", i == 0 ? "" : ", ", m.counters().get(i));
        return CodeBlock.builder().add("new $T($S, tagNumbers(), $L,\n$L, $L)", shape, m.policy(),
                counters.add(")").build(), stateShape(m.taskState()), stateShape(m.cpuState())).build();
    }

    private static CodeBlock stateShape(Optional<SkeletonModel.State> st) {
        if (st.isEmpty()) return CodeBlock.of("$T.empty()", Optional.class);
        ClassName shape = ClassName.get("org.schedc.control", "PolicyShape");
        CodeBlock.Builder fields = CodeBlock.builder().add("$T.of(", java.util.List.class);
        String sep = "";
        for (SkeletonModel.Field f : st.get().fields()) {
            fields.add("$Lnew $T.StateField($S, $L, $L)", sep, shape, f.name(), f.offset(), f.size());
            sep = ", ";
        }
        return CodeBlock.of("$T.of(new $T.StateShape($S, $L, $L))", Optional.class, shape, st.get().struct(), st.get().size(), fields.add(")").build());
    }
}
