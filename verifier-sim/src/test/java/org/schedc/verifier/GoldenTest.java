package org.schedc.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.schedc.bpf.asm.AluOp;
import org.schedc.bpf.asm.JmpOp;
import org.schedc.bpf.asm.Label;
import org.schedc.bpf.asm.Reg;
import org.schedc.bpf.asm.Size;
import org.schedc.bpf.asm.Width;

/** Verbose reports as golden text; run with -Dgolden.update=true to rewrite the files. */
class GoldenTest {
    private static final Path DIR = Path.of("src/test/resources/golden");

    private static void golden(String name, String actual) throws Exception {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden " + name + " differs (rewrite with -Dgolden.update=true)");
    }

    @Test
    void badHarnessReference() throws Exception {
        Path obj = Path.of("../tests/kernel/reference/harness_ref_bad.bpf.o");
        assertTrue(Files.isRegularFile(obj), "committed fixture " + obj + " is missing");
        VerifyReport r = VerifierSim.verify(Files.readAllBytes(obj), Kernels.snapshot72(), "7.2.13", Options.defaults().withVerbose(true));
        golden("harness_ref_bad.txt", ReportText.format(r, true));
    }

    @Test
    void nullDereferenceAfterBranches() throws Exception {
        byte[] obj = new TestObject().hashMap("m", 16).program("enqueue", Asm.fn("p", w -> {
            Label skip = new Label();
            w.visitLineNumber(3, 5);
            w.visitLoad(Size.DW, Reg.R6, Reg.R1, 8);
            w.visitStoreImm(Size.W, Reg.R10, -4, 0);
            w.visitAluReg(AluOp.MOV, Width.W64, Reg.R2, Reg.R10);
            w.visitAluImm(AluOp.ADD, Width.W64, Reg.R2, -4);
            w.visitLdImm64Symbol(Reg.R1, "m", 0);
            w.visitCallHelper(1);
            w.visitLineNumber(4, 5);
            w.visitJumpImm(JmpOp.JGT, Width.W64, Reg.R6, 10, skip);
            w.visitAluImm(AluOp.MOV, Width.W64, Reg.R3, 1);
            w.visitAtomic(org.schedc.bpf.asm.AtomicOp.ADD, Size.DW, Reg.R0, 8, Reg.R3);
            w.visitLabel(skip);
            w.visitExit();
        })).build();
        VerifyReport r = VerifierSim.verify(obj, Kernels.snapshot72(), "7.2.13", Options.defaults().withVerbose(true));
        golden("null_deref.txt", ReportText.format(r, true));
    }
}
