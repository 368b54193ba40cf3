package org.schedc.genjava;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.nio.file.Path;
import java.time.Duration;
import javax.lang.model.element.Modifier;
import org.schedc.control.PolicyMapException;
import org.schedc.control.PolicyWatch;

/**
 * {@code final class GameService}: a small command-line service on the policy class, the starting point users edit:
 * {@code status}, {@code tags}, {@code tag KIND ID TAG}, {@code untag KIND ID}, {@code watch SECONDS}.
 */
final class ServiceClass {
    private ServiceClass() {
    }

    static TypeSpec of(SkeletonModel m) {
        ClassName self = ClassName.get(m.pkg(), m.type("Service"));
        ClassName policy = ClassName.get(m.pkg(), m.type("Policy"));
        ClassName tag = ClassName.get(m.pkg(), m.type("Tag"));
        boolean tags = !m.tags().isEmpty();
        String usage = "usage: " + self.simpleName() + " status | watch SECONDS"
                + (tags ? " | tags | tag task|process|cgroup|user ID TAG | untag task|process|cgroup|user ID" : "");
        MethodSpec.Builder main = MethodSpec.methodBuilder("main").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String[].class, "args").varargs()
                .addJavadoc("Exit codes as schedc's: 0 ok, 1 wrong input (no such task, unknown tag), 2 usage or system.\n")
                .addStatement("int rc")
                .beginControlFlow("try ($T p = $T.attach())", policy, policy)
                .addStatement("rc = run(p, args)")
                .nextControlFlow("catch ($T e)", PolicyMapException.class)
                .addStatement("System.err.println($S + e.getMessage())", self.simpleName() + ": error: ")
                .addStatement("rc = e.exitCode()")
                .endControlFlow()
                .addStatement("System.exit(rc)");
        MethodSpec.Builder run = MethodSpec.methodBuilder("run").addModifiers(Modifier.STATIC).returns(int.class)
                .addParameter(policy, "p").addParameter(String[].class, "args").addException(PolicyMapException.class)
                .addStatement("String command = args.length == 0 ? $S : args[0]", "status")
                .beginControlFlow("switch (command)");
        run.beginControlFlow("case $S ->", "status")
                .addStatement("System.out.println($S + (p.enabled() ? $S : $S))", "policy " + m.policy() + " ", "enabled", "not enabled");
        if (!m.counters().isEmpty()) run.addStatement("System.out.println(p.counters())");
        if (m.cpuState().isPresent()) {
            run.addStatement("int cpu = 0")
                    .beginControlFlow("for (var s : p.cpuStates())").addStatement("System.out.println($S + cpu++ + $S + s)", "cpu ", " ").endControlFlow();
        }
        run.addStatement("return 0").endControlFlow();
        run.beginControlFlow("case $S ->", "watch")
                .beginControlFlow("if (args.length != 2 || !args[1].matches($S))", "[0-9]{1,6}").addStatement("return usage()").endControlFlow()
                .addStatement("$T w = p.subscribe($T.ofSeconds(1), System.out::println)", PolicyWatch.class, Duration.class)
                .beginControlFlow("try")
                .addStatement("Thread.sleep(1000L * Integer.parseInt(args[1]))")
                .nextControlFlow("catch ($T e)", InterruptedException.class)
                .addStatement("Thread.currentThread().interrupt()")
                .nextControlFlow("finally")
                .addStatement("w.close()")
                .endControlFlow()
                .addStatement("return 0").endControlFlow();
        if (tags) {
            run.beginControlFlow("case $S ->", "tags").addStatement("p.tags().forEach(System.out::println)").addStatement("return 0").endControlFlow();
            run.beginControlFlow("case $S ->", "tag")
                    .beginControlFlow("if (args.length != 4)").addStatement("return usage()").endControlFlow()
                    .addStatement("$T t = $T.ofName(args[3]).orElse(null)", tag, tag)
                    .beginControlFlow("if (t == null)")
                    .addStatement("System.err.println($S + args[3] + $S + $T.toString($T.values()))",
                            self.simpleName() + ": error: unknown tag '", "'; tags: ", java.util.Arrays.class, tag)
                    .addStatement("return 1").endControlFlow()
                    .beginControlFlow("switch (args[1])")
                    .addStatement("case $S -> p.tagTask(number(args[2]), t)", "task")
                    .addStatement("case $S -> p.tagProcess(number(args[2]), t)", "process")
                    .addStatement("case $S -> p.tagCgroup($T.of(args[2]), t)", "cgroup", Path.class)
                    .addStatement("case $S -> p.tagUser(number(args[2]), t)", "user")
                    .addCode("default -> {\n$>return usage();\n$<}\n")
                    .endControlFlow()
                    .addStatement("return 0").endControlFlow();
            run.beginControlFlow("case $S ->", "untag")
                    .beginControlFlow("if (args.length != 3)").addStatement("return usage()").endControlFlow()
                    .beginControlFlow("boolean had = switch (args[1])")
                    .addStatement("case $S -> p.untagTask(number(args[2]))", "task")
                    .addStatement("case $S -> p.untagProcess(number(args[2]))", "process")
                    .addStatement("case $S -> p.untagCgroup($T.of(args[2]))", "cgroup", Path.class)
                    .addStatement("case $S -> p.untagUser(number(args[2]))", "user")
                    .addStatement("default -> throw $T.io($S + args[1])", PolicyMapException.class, "not a kind of target: ")
                    .addCode("$<};\n")
                    .addStatement("System.out.println(had ? $S : $S)", "untagged", "was not tagged")
                    .addStatement("return 0").endControlFlow();
        }
        run.addCode("default -> {\n$>return usage();\n$<}\n").endControlFlow();
        TypeSpec.Builder b = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("A command-line service for policy {@code $L}, generated by {@code schedc gen java}: edit it into yours.\n"
                        + "Run as root: {@code java -cp schedc.jar:. $L status}.\n", m.policy(), self.canonicalName())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(main.build()).addMethod(run.build())
                .addMethod(MethodSpec.methodBuilder("usage").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(int.class)
                        .addStatement("System.err.println($S)", usage).addStatement("return 2").build());
        if (tags) {
            b.addMethod(MethodSpec.methodBuilder("number").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(long.class)
                    .addParameter(String.class, "s").addException(PolicyMapException.class)
                    .beginControlFlow("if (!s.matches($S))", "[0-9]{1,10}")
                    .addStatement("throw $T.input($S + s)", PolicyMapException.class, "not a number: ").endControlFlow()
                    .addStatement("return Long.parseLong(s)").build());
        }
        return b.build();
    }
}
