package org.schedc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schedc.bpf.asm.Disassembler;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.driver.Compiler;
import org.schedc.kabi.KabiRegistry;
import org.schedc.kernel.BatchResult;
import org.schedc.kernel.KernelHarness;
import org.schedc.kernel.ObjectVerdict;
import org.schedc.kernel.VerdictReport;

/**
 * Issue 3, several kernels at once: {@code insert} and {@code move} map to kfuncs with version variants
 * ({@code scx_bpf_dsq_insert___v2} / {@code scx_bpf_dsq_insert}, and the same for move_to_local). Both
 * bundled kernels have both names, so the test adds a third target that lacks the {@code ___v2} ones, as
 * kernels before the variants did: the bundled 7.2.13 schema with those two function names renamed. One
 * object compiled for all three must carry run-time existence checks and run on both real kernels.
 */
class KfuncVariantsInKernelTest {
    private static final String POLICY = """
            policy variants {
              timeout 5s
              queue main: fifo
              on enqueue(p, enq_flags) { insert p into main slice 5ms }
              on dispatch(cpu, prev) { move main to local }
            }
            """;

    @TempDir
    static Path work;
    private static Path preV2;
    private static Path neither;

    @BeforeAll
    static void schemas() throws IOException {
        byte[] btf;
        try (InputStream in = KabiRegistry.class.getResourceAsStream("/org/schedc/kabi/linux-7.2.13.btf")) {
            assertNotNull(in, "bundled 7.2.13 schema");
            btf = in.readAllBytes();
        }
        // Same-length renames keep every string offset and type id; only the lookups by name change.
        byte[] old = rename(btf, "scx_bpf_dsq_insert___v2", "scx_bpf_dsq_insert___x2");
        old = rename(old, "scx_bpf_dsq_move_to_local___v2", "scx_bpf_dsq_move_to_local___x2");
        preV2 = Files.write(work.resolve("prev2-kernel.btf"), old);
        byte[] none = rename(old, "scx_bpf_dsq_insert", "scx_bpf_dsq_xxxxxx");
        neither = Files.write(work.resolve("noinsert-kernel.btf"), none);
    }

    /** Replaces every NUL-terminated occurrence of {@code from} in the BTF string section by {@code to}. */
    private static byte[] rename(byte[] btf, String from, String to) {
        byte[] f = (from + "\0").getBytes(StandardCharsets.US_ASCII);
        byte[] t = (to + "\0").getBytes(StandardCharsets.US_ASCII);
        assertEquals(f.length, t.length);
        byte[] out = btf.clone();
        int found = 0;
        for (int i = 1; i + f.length <= out.length; i++) {
            if (out[i - 1] != 0) continue; // whole strings only
            boolean match = true;
            for (int j = 0; j < f.length && match; j++) match = out[i + j] == f[j];
            if (match) {
                System.arraycopy(t, 0, out, i, t.length);
                found++;
            }
        }
        assertTrue(found > 0, from + " not found in the schema");
        return out;
    }

    private static Optional<Compiler.Result> compile(Diagnostics diags, String... kernels) throws Exception {
        return new Compiler(new KabiRegistry()).compile(new SourceFile("variants.sched", POLICY), new Compiler.Options(List.of(kernels)), diags);
    }

    private static String disasm(Compiler.Result r) {
        return r.output().programs().stream().map(p -> Disassembler.disassemble(p.code())).collect(Collectors.joining("\n"));
    }

    @Test
    void targetsThatAgreeGetOneDirectCallToThePreferredVariant() throws Exception {
        String both = disasm(compile(new Diagnostics(), "7.2.13", "7.3.4").orElseThrow());
        assertTrue(both.contains("call scx_bpf_dsq_insert___v2___schedc"), both);
        assertFalse(both.contains("call scx_bpf_dsq_insert\n"), both);
        assertFalse(both.contains("map[scx_bpf_dsq_insert___v2___schedc]") || both.contains("map[scx_bpf_dsq_move_to_local___v2___schedc]"),
                "no existence test when every target has ___v2:\n" + both);

        String old = disasm(compile(new Diagnostics(), preV2.toString()).orElseThrow());
        assertTrue(old.contains("call scx_bpf_dsq_insert\n") && old.contains("call scx_bpf_dsq_move_to_local\n"), old);
        assertFalse(old.contains("___v2"), old);
    }

    @Test
    void aTargetWithNoVariantIsAnErrorNamingTheKernel() throws Exception {
        Diagnostics diags = new Diagnostics();
        assertTrue(compile(diags, "7.3.4", neither.toString()).isEmpty());
        List<Diagnostic> errors = diags.sorted();
        assertEquals(1, errors.size(), errors.toString());
        Diagnostic d = errors.getFirst();
        assertEquals("E0401", d.code());
        assertEquals(4, d.span().line());
        assertTrue(d.message().contains("kernel noinsert-kernel lacks scx_bpf_dsq_insert___v2 / scx_bpf_dsq_insert"), d.message());
    }

    static Stream<String> kernels() {
        return KernelHarness.kernels().stream();
    }

    @ParameterizedTest(name = "kernel {0}")
    @MethodSource("kernels")
    void oneObjectWithExistenceChecksRunsOnEveryKernel(String kernel, @TempDir Path dir) throws Exception {
        Compiler.Result r = compile(new Diagnostics(), preV2.toString(), "7.2.13", "7.3.4").orElseThrow();
        String text = disasm(r);
        // Each variant call is guarded: address of the weak ___v2 extern, a test against 0, then the fallback.
        assertTrue(text.contains("r0 = map[scx_bpf_dsq_insert___v2___schedc] ll"), text);
        assertTrue(text.contains("call scx_bpf_dsq_insert___v2___schedc") && text.contains("call scx_bpf_dsq_insert\n"), text);
        assertTrue(text.contains("call scx_bpf_dsq_move_to_local___v2___schedc") && text.contains("call scx_bpf_dsq_move_to_local\n"), text);
        Files.write(dir.resolve("variants.bpf.o"), r.output().elf());

        BatchResult batch = KernelHarness.runBatchDetailed(kernel, dir, Duration.ofSeconds(3));
        System.out.print(VerdictReport.render(batch));
        ObjectVerdict v = batch.verdicts().get("variants");
        assertTrue(v.ranEnabled(), v.summary() + "\n" + v.loaderLog());
        // libbpf bound the flavoured externs to the kernel's ___v2 functions, not to the base names.
        assertTrue(v.loaderLog().contains("extern (func ksym) 'scx_bpf_dsq_insert___v2___schedc': resolved to vmlinux"), v.loaderLog());
        assertTrue(v.loaderLog().contains("extern (func ksym) 'scx_bpf_dsq_move_to_local___v2___schedc': resolved to vmlinux"), v.loaderLog());
    }
}
