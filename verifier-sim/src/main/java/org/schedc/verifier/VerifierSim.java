package org.schedc.verifier;

import org.schedc.bpf.link.*;
import org.schedc.kabi.KfuncRules;
import java.util.ArrayList;
import java.util.List;
import org.schedc.bpf.btf.Btf;

/**
 * Predicts the Linux (7.2/7.3) verifier's verdict for each program of a sched_ext struct_ops object, without a kernel.
 * Bad input (not an ELF BPF object, no .BTF, unknown program sections, relocations against unknown symbols) is an
 * {@link ObjectFormatException}; everything the kernel would reject is a rejected {@link ProgramVerdict}.
 */
public final class VerifierSim {
    private static final KfuncRules RULES = KfuncRules.load();

    private VerifierSim() {}

    public static VerifyReport verify(byte[] elfObject, Btf kernelBtf, String kernelName, Options options) throws ObjectFormatException {
        ObjectLoader.Loaded loaded;
        try {
            loaded = ObjectLoader.load(elfObject);
        } catch (RuntimeException e) { // the readers are strict, but never let a malformed object escape as a crash
            // the reader's own words, not the Java exception's class name: users read this
            throw new ObjectFormatException("malformed object: " + (e.getMessage() != null ? e.getMessage() : "a structure points outside the file"), e);
        }
        List<LoadedProgram> programs = loaded.programs();
        if (programs.isEmpty() && !loaded.skipped().isEmpty()) {
            // nothing would be judged: saying "accepted" about an object of other program types would be a guess
            SkippedProgram first = loaded.skipped().getFirst();
            throw new ObjectFormatException("no struct_ops program to verify; " + first.section() + ": " + first.reason());
        }
        KernelModel kernel = new KernelModel(kernelBtf, programs.isEmpty() ? null : programs.getFirst().objectBtf());
        List<ProgramVerdict> verdicts = new ArrayList<>();
        for (LoadedProgram p : programs) verdicts.add(verifyProgram(p, kernelBtf, kernel, options));
        return new VerifyReport(kernelName, verdicts, loaded.skipped());
    }

    private static ProgramVerdict verifyProgram(LoadedProgram raw, Btf kernelBtf, KernelModel kernel, Options options) {
        ProgramVerifier verifier = null;
        LoadedProgram prog = raw;
        try {
            prog = CoreRelocator.apply(raw, kernelBtf); // libbpf patches CO-RE accesses for the target kernel first
            KernelModel.Callback cb = callbackOf(prog, kernel);
            StaticChecks.check(prog);
            checkExterns(prog, kernel);
            verifier = new ProgramVerifier(new VerifierContext(prog, kernel, RULES, options, cb));
            verifier.run();
            return new ProgramVerdict(prog.section(), prog.symbol(), true, -1, "", "", null, verifier.processed(), List.of());
        } catch (Rejection r) {
            long processed = verifier == null ? 0 : verifier.processed();
            List<String> trace = verifier == null ? List.of() : verifier.trace();
            return new ProgramVerdict(prog.section(), prog.symbol(), false, r.insn, r.rule.id(), r.getMessage(), prog.sourceAt(r.insn), processed, trace);
        } catch (RuntimeException | StackOverflowError e) {
            long processed = verifier == null ? 0 : verifier.processed();
            return new ProgramVerdict(prog.section(), prog.symbol(), false, 0, Rule.INTERNAL.id(), "simulator error: " + e, null, processed, List.of());
        }
    }

    private static KernelModel.Callback callbackOf(LoadedProgram prog, KernelModel kernel) {
        if (prog.callback() == null) {
            throw new Rejection(Rule.NO_OPS_SLOT, 0, "struct_ops program " + prog.symbol() + " is not referenced by any sched_ext_ops member");
        }
        KernelModel.Callback cb = kernel.callback(prog.callback()).orElseThrow(() ->
                new Rejection(Rule.NO_OPS_SLOT, 0, "struct sched_ext_ops member " + prog.callback() + " not found in kernel BTF"));
        if (prog.sleepable() && !RULES.maySleep(cb.name())) {
            throw new Rejection(Rule.SLEEPABLE, 0, "attach to unsupported member " + cb.name() + " of struct sched_ext_ops");
        }
        return cb;
    }

    /** libbpf refuses to load an object whose non-weak kfunc the kernel lacks, whether or not the call is reachable. */
    private static void checkExterns(LoadedProgram prog, KernelModel kernel) {
        for (int pc = 0; pc < prog.insns().length; pc++) {
            SlotReloc r = prog.relocs().get(pc);
            String name = switch (r) {
                case SlotReloc.CallKfunc k -> k.weak() ? null : k.name();
                case SlotReloc.LoadKsym k -> k.weak() ? null : k.name();
                case null -> null;
                case SlotReloc.LoadMap m -> null;
                case SlotReloc.LoadData d -> null;
                case SlotReloc.CallSubprog s -> null;
                case SlotReloc.LoadFunc f -> null;
                case SlotReloc.Unmodelled u -> null;
            };
            String any = switch (r) {
                case SlotReloc.CallKfunc k -> k.name();
                case SlotReloc.LoadKsym k -> k.name();
                case null -> null;
                case SlotReloc.LoadMap m -> null;
                case SlotReloc.LoadData d -> null;
                case SlotReloc.CallSubprog s -> null;
                case SlotReloc.LoadFunc f -> null;
                case SlotReloc.Unmodelled u -> null;
            };
            if (any != null && !prog.btfExterns().contains(any)) {
                throw new Rejection(Rule.EXTERN_NO_BTF, pc, "failed to find BTF for extern '" + any + "': -2");
            }
            if (name != null && kernel.kfunc(name).isEmpty()) {
                throw new Rejection(Rule.KFUNC_UNRESOLVED, pc, "extern (func ksym) '" + name + "': not found in kernel or module BTFs");
            }
        }
    }
}
