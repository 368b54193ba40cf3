package org.schedc.verifier;

import org.schedc.bpf.link.*;
import java.util.function.Consumer;
import org.schedc.bpf.asm.BpfFunction;
import org.schedc.bpf.asm.BpfWriter;
import org.schedc.bpf.btf.Btf;
import org.schedc.bpf.btf.BtfType;

/** Small helpers for hand-written test programs. */
final class Asm {
    private Asm() {}

    static BpfFunction fn(String name, Consumer<BpfWriter> body) {
        BpfWriter w = new BpfWriter(name);
        body.accept(w);
        w.visitEnd();
        return w.toFunction();
    }

    private static final java.util.concurrent.atomic.AtomicInteger DUMPED = new java.util.concurrent.atomic.AtomicInteger();

    static ProgramVerdict verdict(byte[] object) throws ObjectFormatException {
        ProgramVerdict v = VerifierSim.verify(object, Kernels.snapshot72(), "7.2.13", Options.defaults()).programs().getFirst();
        dump(object, v);
        return v;
    }

    /** With -Dverifier.dumpDir=DIR, writes each test object and the simulator's verdict for a real-kernel comparison run. */
    private static void dump(byte[] object, ProgramVerdict v) {
        String dir = System.getProperty("verifier.dumpDir");
        if (dir == null) return;
        String name = String.format("v%03d", DUMPED.incrementAndGet());
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
            java.nio.file.Files.write(java.nio.file.Path.of(dir, name + ".bpf.o"), object);
            java.nio.file.Files.writeString(java.nio.file.Path.of(dir, name + ".sim"), v.summary() + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static ProgramVerdict single(String callback, Consumer<BpfWriter> body) throws ObjectFormatException {
        return verdict(TestObject.single(callback, fn("prog", body)));
    }

    /** Byte offset of task_struct.scx.&lt;field&gt; in a kernel BTF. */
    static int taskScxOffset(Btf btf, String field) {
        BtfType.Struct task = (BtfType.Struct) btf.type(btf.find("task_struct", BtfType.Struct.class).getAsInt());
        for (BtfType.Member m : task.members()) {
            if (!m.name().equals("scx")) continue;
            BtfType.Struct scx = (BtfType.Struct) btf.type(btf.resolve(m.type()));
            for (BtfType.Member f : scx.members()) if (f.name().equals(field)) return (m.bitOffset() + f.bitOffset()) / 8;
        }
        throw new IllegalArgumentException("no task_struct.scx." + field);
    }

    static int taskOffset(Btf btf, String field) {
        BtfType.Struct task = (BtfType.Struct) btf.type(btf.find("task_struct", BtfType.Struct.class).getAsInt());
        for (BtfType.Member m : task.members()) if (m.name().equals(field)) return m.bitOffset() / 8;
        throw new IllegalArgumentException("no task_struct." + field);
    }

    static int taskSize(Btf btf) {
        return ((BtfType.Struct) btf.type(btf.find("task_struct", BtfType.Struct.class).getAsInt())).size();
    }
}
