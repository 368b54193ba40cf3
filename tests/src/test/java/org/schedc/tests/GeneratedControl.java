package org.schedc.tests;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.schedc.driver.Compiler;
import org.schedc.genjava.JavaSkeleton;
import org.schedc.kernel.HarnessFiles;

/**
 * For the guest: examples/server.sched compiled, its 'schedc gen java' skeleton and the hand-written driver
 * (tests/kernel/fixtures/genjava/ServerDriver.java) compiled by javac with schedc.jar alone on the class path,
 * into GUEST/gen/{server.bpf.o,classes}.
 */
final class GeneratedControl {
    static final String PACKAGE = "com.example.server";

    private GeneratedControl() {
    }

    static void write(Path guestRoot, Path schedcJar) throws IOException {
        Path gen = Files.createDirectories(guestRoot.resolve("gen"));
        Path policy = HarnessFiles.repoRoot().resolve("examples/server.sched");
        Compiler.Result r = FixturePolicies.compile(policy);
        Files.write(gen.resolve("server.bpf.o"), r.output().elf());
        Path src = Files.createDirectories(gen.resolve("src"));
        List<Path> sources = new ArrayList<>();
        for (JavaFile f : JavaSkeleton.generate(r.policy(), PACKAGE)) {
            f.writeTo(src);
            sources.add(src.resolve(PACKAGE.replace('.', '/')).resolve(f.typeSpec().name() + ".java"));
        }
        sources.add(HarnessFiles.harnessDir().resolve("fixtures/genjava/ServerDriver.java"));
        GuestJavac.compile(sources, gen.resolve("classes"), schedcJar);
    }
}
