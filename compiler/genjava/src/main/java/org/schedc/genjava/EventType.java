package org.schedc.genjava;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.schedc.control.PolicyEvent;

/**
 * {@code sealed interface GameEvent}: what a subscription reports, typed for the policy, and the exhaustive mapping
 * from the runtime's {@link PolicyEvent} (a new runtime event kind breaks the generated code's build).
 */
final class EventType {
    private EventType() {
    }

    static TypeSpec of(SkeletonModel m) {
        ClassName self = ClassName.get(m.pkg(), m.type("Event"));
        ClassName counters = ClassName.get(m.pkg(), m.type("Counters"));
        boolean hasCounters = !m.counters().isEmpty();
        TypeSpec.Builder b = TypeSpec.interfaceBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addJavadoc("What {@code $L.subscribe} reports. The language has no BPF-to-user event channel yet (no ring\n"
                        + "buffers): these are observed by polling the policy's maps and sched_ext's state.\n", m.type("Policy"));
        b.addType(record(self, "Started", "The policy became the enabled scheduler (also reported first when it already is).")
                .recordConstructor(MethodSpec.constructorBuilder().addParameter(String.class, "ops").addParameter(long.class, "enableSeq").build()).build());
        b.addType(record(self, "Stopped", "It is no longer the enabled scheduler: sched_ext's state and ops now.")
                .recordConstructor(MethodSpec.constructorBuilder().addParameter(String.class, "state").addParameter(String.class, "ops").build()).build());
        if (hasCounters) {
            b.addType(record(self, "CountersChanged", "Counters moved since the last report: the totals and the change.")
                    .recordConstructor(MethodSpec.constructorBuilder().addParameter(counters, "total").addParameter(counters, "delta").build()).build());
        }
        b.addType(record(self, "Failed", "Reading the policy failed (its maps went away with it); the subscription goes on.")
                .recordConstructor(MethodSpec.constructorBuilder().addParameter(String.class, "message").build()).build());
        ClassName pe = ClassName.get(PolicyEvent.class);
        MethodSpec.Builder from = MethodSpec.methodBuilder("from").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                .addParameter(pe, "event").addJavadoc("The typed form of a runtime event.\n")
                .beginControlFlow("return switch (event)")
                .addStatement("case $T.Started s -> new Started(s.ops(), s.enableSeq())", pe)
                .addStatement("case $T.Stopped s -> new Stopped(s.state(), s.ops())", pe);
        if (hasCounters) from.addStatement("case $T.Counters c -> new CountersChanged($T.of(c.total()), $T.of(c.delta()))", pe, counters, counters);
        else from.addStatement("case $T.Counters c -> new Failed($S)", pe, "counters reported for a policy without counters");
        from.addStatement("case $T.Failed f -> new Failed(f.message())", pe).addCode("$<};\n");
        return b.addMethod(from.build()).build();
    }

    private static TypeSpec.Builder record(ClassName outer, String name, String doc) {
        return TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC).addSuperinterface(outer).addJavadoc(doc + "\n");
    }
}
