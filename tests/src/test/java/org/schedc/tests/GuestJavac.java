package org.schedc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;

/** Programs for the guest's {@code schedc-java}: compiled on the host by javac with schedc.jar alone on the class path. */
final class GuestJavac {
    private GuestJavac() {
    }

    static void compile(List<Path> sources, Path classes, Path schedcJar) {
        List<String> args = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-d", classes.toString(), "-cp", schedcJar.toString()));
        sources.forEach(s -> args.add(s.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = ToolProvider.getSystemJavaCompiler().run(null, out, out, args.toArray(String[]::new));
        assertEquals(0, rc, "javac of " + sources + " against " + schedcJar + " alone:\n" + out);
    }
}
