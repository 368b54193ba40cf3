package org.schedc.bpf.elf;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schedc.testsupport.Needs;
import org.junit.jupiter.api.io.TempDir;
import org.schedc.bpf.btf.BtfExtReader;
import org.schedc.bpf.btf.BtfReader;
import org.schedc.bpf.btf.SampleBtf;

class ElfRoundTripTest {

    @Test
    void everythingReadsBack() throws Exception {
        ElfObject o = ElfReader.read(SampleObjects.everything());
        assertEquals(List.of("", ".text", "struct_ops/enqueue", "struct_ops.s/init", ".struct_ops.link", ".maps", ".data", ".rodata",
                ".bss", "license", ".rel.text", ".relstruct_ops/enqueue", ".rel.struct_ops.link", ".BTF", ".BTF.ext", ".symtab", ".strtab"),
                o.sections().stream().map(ElfObject.Section::name).toList());

        ElfObject.Section enq = o.section("struct_ops/enqueue").orElseThrow();
        assertEquals(Elf.SHF_ALLOC | Elf.SHF_EXECINSTR, enq.flags());
        assertEquals(64, enq.size());
        assertEquals(8, enq.align());
        assertEquals(Elf.SHF_ALLOC | Elf.SHF_WRITE, o.section(".maps").orElseThrow().flags());
        assertEquals(Elf.SHF_ALLOC, o.section(".rodata").orElseThrow().flags());
        ElfObject.Section bss = o.section(".bss").orElseThrow();
        assertEquals(Elf.SHT_NOBITS, bss.type());
        assertEquals(16, bss.size());
        assertArrayEquals("GPL\0".getBytes(), o.section("license").orElseThrow().data());

        ElfObject.Section symtab = o.section(".symtab").orElseThrow();
        ElfObject.Section rel = o.section(".relstruct_ops/enqueue").orElseThrow();
        assertEquals(Elf.SHT_REL, rel.type());
        assertEquals(16, rel.entsize());
        assertEquals(Elf.SHF_INFO_LINK, rel.flags());
        assertEquals(symtab.index(), rel.link());
        assertEquals(enq.index(), rel.info());
        assertEquals(o.section(".strtab").orElseThrow().index(), symtab.link());

        // Locals first; sh_info is the first global.
        int firstGlobal = symtab.info();
        for (ElfObject.Symbol s : o.symbols()) assertEquals(s.index() >= firstGlobal, s.bind() != Elf.STB_LOCAL, s.toString());
        assertEquals(new ElfObject.Symbol(0, "", 0, 0, 0, 0, 0), o.symbols().get(0));
        assertSymbol(o, "enq", Elf.STT_FUNC, Elf.STB_GLOBAL, "struct_ops/enqueue", 0, 64);
        assertSymbol(o, "init", Elf.STT_FUNC, Elf.STB_GLOBAL, "struct_ops.s/init", 0, 16);
        assertSymbol(o, "helper_fn", Elf.STT_FUNC, Elf.STB_LOCAL, ".text", 0, 16);
        assertSymbol(o, "helper_two", Elf.STT_FUNC, Elf.STB_LOCAL, ".text", 16, 16);
        assertSymbol(o, "ops", Elf.STT_OBJECT, Elf.STB_GLOBAL, ".struct_ops.link", 0, 24);
        assertSymbol(o, "my_map", Elf.STT_OBJECT, Elf.STB_GLOBAL, ".maps", 0, 32);
        assertSymbol(o, "zeroes", Elf.STT_OBJECT, Elf.STB_GLOBAL, ".bss", 0, 16);
        assertSymbol(o, "scx_bpf_dsq_insert", Elf.STT_NOTYPE, Elf.STB_WEAK, "", 0, 0);
        assertSymbol(o, "scx_bpf_now", Elf.STT_NOTYPE, Elf.STB_GLOBAL, "", 0, 0);

        assertEquals(List.of("10 scx_bpf_dsq_insert@0", "1 my_map@8", "10 section .text@24", "1 section .data@32"), relocs(o, "struct_ops/enqueue"));
        assertEquals(List.of("2 enq@0", "2 init@8"), relocs(o, ".struct_ops.link"));
        assertEquals(List.of("1 section .rodata@0"), relocs(o, ".text"));
        assertEquals(List.of(), relocs(o, ".data"));

        assertEquals(SampleBtf.everyKind(), BtfReader.read(o.section(".BTF").orElseThrow().data()));
        assertEquals(SampleBtf.sampleExt(), BtfExtReader.read(o.section(".BTF.ext").orElseThrow().data(), o.section(".BTF").orElseThrow().data()));
    }

    @Test
    void richObjectMatchesGolden() throws Exception {
        Golden.check("rich_struct_ops.txt", ElfListing.of(ElfReader.read(SampleObjects.richStructOps())));
    }

    @Test
    void buildIsDeterministic() {
        assertArrayEquals(SampleObjects.everything(), SampleObjects.everything());
    }

    @Test
    void btfFileReaderUsesTheElfBtfSection(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.bpf.o");
        Files.write(f, SampleObjects.everything());
        assertEquals(SampleBtf.everyKind(), BtfReader.readFile(f));
    }

    @Test
    void minimalStructOpsMatchesGolden() throws Exception {
        byte[] bytes = SampleObjects.minimalStructOps();
        // Kept for manual checks with bpftool (see README): target/test-objects/minimal_struct_ops.bpf.o
        Path out = Path.of("target/test-objects/minimal_struct_ops.bpf.o");
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        Files.write(out.resolveSibling("everything.bpf.o"), SampleObjects.everything());
        Files.write(out.resolveSibling("rich_struct_ops.bpf.o"), SampleObjects.richStructOps());
        Golden.check("minimal_struct_ops.txt", ElfListing.of(ElfReader.read(bytes)));
    }

    @Test
    @Tag(Needs.LLVM)
    void llvmObjdumpAcceptsTheObject(@TempDir Path dir) throws Exception {
        String objdump = onPath("llvm-objdump");
        Needs.tool(objdump != null, "llvm-objdump");
        Path f = dir.resolve("everything.bpf.o");
        Files.write(f, SampleObjects.everything());
        Process p = new ProcessBuilder(objdump, "-d", "-r", f.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("<enq>"), output);
        assertTrue(output.contains("scx_bpf_dsq_insert"), output);
        assertTrue(output.contains("<helper_two>"), output);
    }

    @Test
    void builderRejectsMisuse() {
        BpfObjectBuilder b = new BpfObjectBuilder();
        b.addProgram("struct_ops/a", "a", SampleObjects.RET0);
        assertThrows(IllegalArgumentException.class, () -> b.addProgram("struct_ops/a", "b", SampleObjects.RET0));
        assertThrows(IllegalArgumentException.class, () -> b.addProgram("struct_ops/c", "a", SampleObjects.RET0));
        assertThrows(IllegalArgumentException.class, () -> b.addProgram("struct_ops/d", "d", new byte[3]));
        assertThrows(IllegalArgumentException.class, () -> b.textOffsetOf("nope"));
        b.addRelocation("struct_ops/a", 0, 10, "unknown_symbol");
        assertThrows(IllegalArgumentException.class, b::build);
        BpfObjectBuilder c = new BpfObjectBuilder();
        c.addObjectSymbol("x", ".data", 0, 8);
        assertThrows(IllegalArgumentException.class, c::build);
    }

    @Test
    void textOffsetsAccumulate() {
        BpfObjectBuilder b = new BpfObjectBuilder();
        b.addTextFunction("f", new byte[24]);
        b.addTextFunction("g", new byte[8]);
        assertEquals(0, b.textOffsetOf("f"));
        assertEquals(24, b.textOffsetOf("g"));
    }

    private static String onPath(String exe) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, exe);
            if (Files.isExecutable(p)) return p.toString();
        }
        return null;
    }

    private static void assertSymbol(ElfObject o, String name, int type, int bind, String section, long value, long size) {
        ElfObject.Symbol s = o.symbols().stream().filter(y -> y.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
        assertEquals(type, s.type(), name);
        assertEquals(bind, s.bind(), name);
        assertEquals(section, o.sections().get(s.sectionIndex()).name(), name);
        assertEquals(value, s.value(), name);
        assertEquals(size, s.size(), name);
    }

    private static List<String> relocs(ElfObject o, String target) {
        return o.relocationsFor(target).stream().map(r -> {
            ElfObject.Symbol s = o.symbols().get(r.symbolIndex());
            String name = s.type() == Elf.STT_SECTION ? "section " + o.sections().get(s.sectionIndex()).name() : s.name();
            return r.type() + " " + name + "@" + r.offset();
        }).toList();
    }
}
