package org.schedc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfExtReader;
import org.schedc.bpf.btf.BtfReader;
import org.schedc.bpf.btf.BtfType;
import org.schedc.bpf.elf.ElfObject;
import org.schedc.bpf.elf.ElfReader;
import org.schedc.kernel.HostBpftool;
import org.schedc.object.ObjectReader;
import org.schedc.testsupport.Needs;

/** Checks of the emitted bytes: golden disassembly, our own reader, and libbpf/LLVM reading them. */
class ExamplesObjectTest {
    static Stream<String> examples() {
        return ExampleObjects.all().stream().map(ExampleObjects.Example::name);
    }

    private static ExampleObjects.Example example(String name) {
        return ExampleObjects.all().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void disassemblyMatchesGolden(String name) throws Exception {
        String actual = ObjectReader.read(example(name).object()).disassemble();
        Path dir = Files.exists(ExampleObjects.examplesDir().resolve(name + ".sched")) ? ExampleObjects.examplesDir() : ExampleObjects.testPoliciesDir();
        Path golden = dir.resolve("golden").resolve(name + ".s");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), "no golden " + golden + " (create with -Dgolden.update=true)");
        assertEquals(Files.readString(golden), actual, "disassembly of " + name + " changed (update with -Dgolden.update=true)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void ourReaderReadsBackWhatTheWriterWrote(String name) throws Exception {
        byte[] bytes = example(name).object();
        ElfObject elf = ElfReader.read(bytes);
        Btf btf = BtfReader.read(elf.section(".BTF").orElseThrow().data());
        var ext = BtfExtReader.read(elf.section(".BTF.ext").orElseThrow().data(), elf.section(".BTF").orElseThrow().data());
        List<ObjectReader.Program> programs = ObjectReader.read(bytes).programs();
        assertFalse(programs.isEmpty());
        for (ObjectReader.Program p : programs) {
            assertTrue(p.section().startsWith("struct_ops/") || p.section().startsWith("struct_ops.s/"), p.section());
            // Every program has a global FUNC in BTF, func_info at instruction 0 and line info for its first instruction.
            assertTrue(btf.find(p.function().name(), BtfType.Func.class).isPresent(), "no BTF FUNC for " + p.function().name());
            assertEquals(0, ext.funcInfo().get(p.section()).getFirst().insnByteOff());
            assertEquals(0, ext.lineInfo().get(p.section()).getFirst().insnByteOff());
            // Each ops slot relocation names a program symbol.
            assertTrue(elf.relocationsFor(".struct_ops.link").stream()
                    .anyMatch(r -> elf.symbols().get(r.symbolIndex()).name().equals(p.function().name())), "no ops slot for " + p.section());
        }
        int opsId = btf.find("sched_ext_ops", BtfType.Struct.class).orElseThrow();
        assertEquals(elf.section(".struct_ops.link").orElseThrow().size(), btf.sizeOf(opsId));
        assertEquals("GPL\0", new String(elf.section("license").orElseThrow().data(), StandardCharsets.US_ASCII));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void libbpfOpensTheObject(String name, @TempDir Path dir) throws Exception {
        Path obj = dir.resolve(name + ".bpf.o");
        Files.write(obj, example(name).object());
        String bpftool = HostBpftool.path().toString();
        // `gen skeleton` runs libbpf's whole open phase: ELF, BTF, externs, relocations.
        Result skel = run(dir, bpftool, "-d", "gen", "skeleton", obj.toString());
        assertEquals(0, skel.code(), skel.output());
        Result btf = run(dir, bpftool, "btf", "dump", "file", obj.toString());
        assertEquals(0, btf.code(), btf.output());
        assertTrue(btf.output().contains("STRUCT 'sched_ext_ops'"), btf.output());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    @Tag(Needs.LLVM)
    void llvmObjdumpDisassemblesTheObject(String name, @TempDir Path dir) throws Exception {
        String objdump = Stream.of("llvm-objdump", "llvm-objdump-14", "llvm-objdump-16")
                .filter(ExamplesObjectTest::onPath).findFirst().orElse(null);
        Needs.tool(objdump != null, "llvm-objdump");
        Path obj = dir.resolve(name + ".bpf.o");
        Files.write(obj, example(name).object());
        Result r = run(dir, objdump, "-d", "-r", obj.toString());
        assertEquals(0, r.code(), r.output());
        assertTrue(r.output().contains("struct_ops/"), r.output());
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }

    record Result(int code, String output) {}

    static Result run(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(cmd))).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "timed out: " + String.join(" ", cmd));
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
