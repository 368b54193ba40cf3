package org.schedc.bpf.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfReader;
import org.schedc.bpf.btf.BtfType;
import org.schedc.bpf.insn.Insn;
import org.schedc.bpf.link.CoreRelocator;
import org.schedc.testsupport.Needs;

/**
 * ELF → load plan → patched programs and struct_ops value, against the kit's full BTF of both test kernels, for
 * every example compiled by schedc and the clang-built harness objects. No bpf(2): what the kernel then does with
 * these bytes is tests/…/RunInKernelTest's job.
 */
@Tag(Needs.KIT)
class LoadPlanTest {
    /** The kit beside the checkout ({@code ../shared/kernel-kit}). */
    static final Path KIT = TestObjects.REPO.getParent().resolve("shared/kernel-kit/btf");
    private static final Map<String, KernelTarget> KERNELS = new HashMap<>();

    static synchronized KernelTarget kernel(String version) throws LoadException {
        Path f = KIT.resolve("linux-" + version + ".btf");
        Needs.tool(Files.exists(f), "the kernel kit's BTF " + f);
        KernelTarget k = KERNELS.get(version);
        if (k == null) KERNELS.put(version, k = KernelTarget.of(f));
        return k;
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String k : List.of("7.2.13", "7.3.4")) for (TestObjects.Obj o : TestObjects.all()) out.add(Arguments.of(k, o.name()));
        return out.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void everyObjectPlansAndPatchesCleanly(String version, String name) throws Exception {
        KernelTarget k = kernel(version);
        TestObjects.Obj obj = TestObjects.byName(name);
        LoadPlan plan = LoadPlan.of(name + ".bpf.o", obj.bytes(), k);
        assertFalse(plan.programs().isEmpty(), "a scheduler loads programs");
        assertEquals("GPL", plan.license());
        BtfSanitizer btf = BtfSanitizer.sanitize(plan.object().btf(), plan.object().ext());
        Map<String, Integer> fds = new HashMap<>();
        for (var m : plan.maps()) fds.put(m.ref().name(), 100 + fds.size());
        for (LoadPlan.Program p : plan.programs()) {
            assertEquals(p.member(), k.ops().members().get(p.memberIndex()).name());
            ProgramPatcher.Patched patched = ProgramPatcher.patch(p.linked(), k.btf(), fds, btf);
            checkInsns(patched.insns(), fds);
            checkFuncAndLineInfo(patched, p);
        }
        // the ops name at the kernel's offset of data.name, every program slot inside the value and 8-byte aligned
        byte[] value = plan.value().bytes();
        assertEquals(k.valueSize(), value.length);
        int nameOff = (int) k.dataOffset() + k.ops().members().get(k.memberIndex("name")).bitOffset() / 8;
        String nameAt = new String(value, nameOff, plan.opsName().length(), StandardCharsets.US_ASCII);
        assertEquals(plan.opsName(), nameAt);
        assertFalse(plan.opsName().isEmpty());
        for (StructOpsValue.Slot s : plan.value().slots()) {
            assertEquals(0, s.offset() % 8, s.member());
            assertTrue(s.offset() >= k.dataOffset() && s.offset() + 8 <= value.length, s.member());
        }
    }

    /** Every ld_imm64 of a map carries one of our fds; kfunc calls carry a kernel FUNC id; nothing left poisoned unless weak. */
    private static void checkInsns(Insn[] insns, Map<String, Integer> fds) {
        for (int pc = 0; pc < insns.length; pc++) {
            Insn i = insns[pc];
            if (i.isLdImm64() && (i.src() == ProgramPatcher.PSEUDO_MAP_FD || i.src() == ProgramPatcher.PSEUDO_MAP_VALUE)) {
                assertTrue(fds.containsValue(i.imm()), "insn " + pc + " map fd " + i.imm());
            }
            if (i.opcode() == 0x85 && i.src() == ProgramPatcher.PSEUDO_KFUNC_CALL) assertTrue(i.imm() > 0, "kfunc id at " + pc);
            if (i.opcode() == 0x85 && i.src() == 0) assertNotEquals(CoreRelocator.POISON_HELPER, i.imm(), "poisoned CO-RE relocation at " + pc);
            if (i.isLdImm64()) pc++;
        }
    }

    private static void checkFuncAndLineInfo(ProgramPatcher.Patched p, LoadPlan.Program prog) {
        ByteBuffer f = ByteBuffer.wrap(p.funcInfo()).order(ByteOrder.LITTLE_ENDIAN);
        assertTrue(f.remaining() >= 8, prog.member() + ": func_info");
        assertEquals(0, f.getInt(0), "the first func_info is the program's start");
        ByteBuffer l = ByteBuffer.wrap(p.lineInfo()).order(ByteOrder.LITTLE_ENDIAN);
        int last = -1;
        for (int at = 0; at < p.lineInfo().length; at += 16) {
            int off = l.getInt(at);
            assertTrue(off > last && off < p.insns().length, "line_info insn_off strictly increasing and in range: " + off);
            last = off;
        }
    }

    @Test
    void sanitizedBtfHasNoExternsAndSizedKsyms() throws Exception {
        for (TestObjects.Obj o : TestObjects.all()) {
            LoadPlan plan = LoadPlan.of(o.name(), o.bytes(), kernel("7.3.4"));
            Btf s = BtfReader.read(BtfSanitizer.of(plan.object()).bytes());
            assertTrue(s.count() >= plan.object().btf().count(), "type ids are kept, new types appended");
            for (int id = 1; id <= plan.object().btf().count(); id++) {
                assertEquals(plan.object().btf().type(id).getClass(), s.type(id).getClass(), o.name() + " type " + id);
            }
            // extern kfuncs: clang leaves their parameters unnamed, which the kernel refuses ("Invalid arg#1")
            int externs = 0;
            for (int id = 1; id <= plan.object().btf().count(); id++) {
                if (!(plan.object().btf().type(id) instanceof BtfType.Func f) || f.linkage() != 2) continue;
                externs++;
                if (s.type(f.type()) instanceof BtfType.FuncProto fp) {
                    for (BtfType.Param a : fp.params()) assertTrue(a.type() == 0 || !a.name().isEmpty(), o.name() + ": " + f.name() + " has an unnamed parameter");
                }
            }
            if (o.name().equals("tagprio")) assertTrue(externs > 0, "the clang-built fixture calls kfuncs");
            for (BtfType t : s.types()) {
                if (t instanceof BtfType.Func fn) assertNotEquals(2, fn.linkage(), o.name() + ": " + fn.name());

                if (t instanceof BtfType.Var v) assertNotEquals(2, v.linkage(), o.name() + ": " + v.name());
                if (t instanceof BtfType.Datasec ds && ds.name().equals(".ksyms")) {
                    assertEquals(4 * ds.vars().size(), ds.size());
                    for (BtfType.SecVar sv : ds.vars()) assertTrue(s.type(sv.type()) instanceof BtfType.Var, o.name());
                } else if (t instanceof BtfType.Datasec ds && !ds.name().equals(".kconfig")) {
                    // the kernel refuses a size-0 DATASEC; clang leaves them so and the loader sizes them from the ELF
                    var section = plan.object().elf().section(ds.name());
                    if (section.isEmpty()) continue;
                    assertEquals(section.get().size(), ds.size(), o.name() + ": " + ds.name() + " sized as its ELF section");
                    for (BtfType.SecVar sv : ds.vars()) {
                        assertTrue(sv.offset() + sv.size() <= ds.size(), o.name() + ": " + ds.name() + " var at " + sv.offset() + " fits");
                    }
                }
            }
        }
    }

    @Test
    void kernelFactsOfBothKernels() throws Exception {
        for (String v : List.of("7.2.13", "7.3.4")) {
            KernelTarget k = kernel(v);
            // uapi order of struct sched_ext_ops: select_cpu, enqueue, dequeue, dispatch (attach type = index)
            assertEquals(List.of(0, 1, 2, 3), List.of(k.memberIndex("select_cpu"), k.memberIndex("enqueue"), k.memberIndex("dequeue"), k.memberIndex("dispatch")));
            assertEquals(-1, k.memberIndex("no_such_callback"));
            // data follows the common header, cache-line aligned, and the value may be padded after it
            assertEquals(64, k.dataOffset());
            assertTrue(k.dataOffset() + k.btf().sizeOf(k.opsTypeId()) <= k.valueSize());
        }
    }

    @Test
    void notASchedulerIsRefusedBeforeAnyBpfCall() throws Exception {
        KernelTarget k = kernel("7.3.4");
        LoadException notElf = assertThrows(LoadException.class, () -> LoadPlan.of("x.bpf.o", "not an object".getBytes(StandardCharsets.US_ASCII), k));
        assertEquals("E0901", notElf.code());
        assertEquals(1, notElf.exitCode());
        assertTrue(notElf.getMessage().startsWith("x.bpf.o: not a BPF object"), notElf.getMessage());
        byte[] corrupt = TestObjects.all().getFirst().bytes().clone();
        for (int i = 0x40; i < Math.min(corrupt.length, 0x400); i++) corrupt[i] ^= (byte) 0x5a;
        LoadException bad = assertThrows(LoadException.class, () -> LoadPlan.of("c.bpf.o", corrupt, k));
        assertTrue(bad.code().equals("E0901") || bad.code().equals("E0904"), bad.code() + " " + bad.getMessage());
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
