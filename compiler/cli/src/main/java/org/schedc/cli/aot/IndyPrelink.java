package org.schedc.cli.aot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.CodeElement;
import java.lang.classfile.Label;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.LoadableConstantEntry;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.AccessFlag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Build step of the launcher's start-up cache, not part of any command: copies {@code schedc.jar} with two kinds of
 * {@code invokedynamic} call site replaced by a call to a private static method of the same class that does what the
 * bootstrap's method handle does:
 * <ul>
 * <li>pattern switches ({@code SwitchBootstraps.typeSwitch}) whose labels are all classes: {@code instanceof} in label
 *     order from the restart index on, null gives -1, no match the label count ({@link #emitTypeSwitch});
 * <li>records' generated {@code equals} and {@code hashCode} ({@code ObjectMethods.bootstrap}), see {@link RecordMethods}.
 * </ul>
 * Why: the JDK 25 AOT cache links only lambda and string-concatenation sites ahead of time; every other site runs its
 * bootstrap on first execution: a typeSwitch site spins a hidden class through the ClassFile API, an ObjectMethods
 * site builds a method-handle tree, 0.3-0.5 ms each in a cold JVM, 80-100 and about 50 of them per compile. The
 * sources keep their pattern switches and records; sites of other shapes (string or enum labels, toString) stay as
 * they are. {@code java -cp schedc.jar org.schedc.cli.aot.IndyPrelink IN.jar OUT.jar} prints the sites rewritten.
 */
public final class IndyPrelink {
    static final ClassDesc SWITCH_BOOTSTRAPS = ClassDesc.of("java.lang.runtime.SwitchBootstraps");

    private IndyPrelink() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: IndyPrelink IN.jar OUT.jar");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        int sites = rewriteJar(Path.of(args[0]), tmp);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println(sites);
    }

    /** Copies the jar entry by entry, classes rewritten; returns the number of call sites replaced. */
    static int rewriteJar(Path in, Path out) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Map<ClassDesc, byte[]> classes = new HashMap<>();
        List<JarEntry> order = new ArrayList<>();
        try (JarFile jar = new JarFile(in.toFile())) {
            for (JarEntry e : java.util.Collections.list(jar.entries())) {
                order.add(e);
                if (e.isDirectory()) continue;
                try (InputStream s = jar.getInputStream(e)) {
                    byte[] b = s.readAllBytes();
                    entries.put(e.getName(), b);
                    if (e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/"))
                        classes.put(ClassDesc.ofInternalName(e.getName().substring(0, e.getName().length() - 6)), b);
                }
            }
        }
        // Stack maps of a rewritten method are recomputed; merging frames needs the jar's own class hierarchy.
        ClassHierarchyResolver resolver = ClassHierarchyResolver.defaultResolver().orElse(
                ClassHierarchyResolver.ofResourceParsing(d -> {
                    byte[] b = classes.get(d);
                    return b == null ? null : new java.io.ByteArrayInputStream(b);
                })).cached();
        ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(resolver));
        int sites = 0;
        try (OutputStream os = Files.newOutputStream(out); JarOutputStream jos = new JarOutputStream(os)) {
            for (JarEntry e : order) {
                JarEntry copy = new JarEntry(e.getName());
                copy.setTime(e.getTime());
                jos.putNextEntry(copy);
                byte[] b = entries.get(e.getName());
                if (b != null) {
                    if (e.getName().endsWith(".class") && e.getName().startsWith("org/schedc/")) {
                        Rewrite r = rewriteClass(cf, b);
                        b = r.bytes();
                        sites += r.sites();
                    }
                    jos.write(b);
                }
                jos.closeEntry();
            }
        }
        return sites;
    }

    record Rewrite(byte[] bytes, int sites) {}

    /** One class: each site of a known shape becomes {@code invokestatic $prelinked$N}, one method per distinct site. */
    static Rewrite rewriteClass(ClassFile cf, byte[] bytes) {
        ClassModel model = cf.parse(bytes);
        if (!usesPrelinkedBootstraps(model)) return new Rewrite(bytes, 0);
        ClassDesc self = model.thisClass().asSymbol();
        boolean isInterface = model.flags().has(AccessFlag.INTERFACE);
        Map<Site, String> methods = new LinkedHashMap<>();
        int[] count = {0};
        byte[] rewritten = cf.transformClass(model, ClassTransform.transformingMethodBodies((CodeBuilder code, CodeElement el) -> {
            Site s = el instanceof InvokeDynamicInstruction indy ? site(indy, self) : null;
            if (s == null) {
                code.with(el);
                return;
            }
            String name = methods.computeIfAbsent(s, k -> "$prelinked$" + methods.size());
            code.invokestatic(self, name, s.type(), isInterface);
            count[0]++;
        }).andThen(ClassTransform.endHandler(cb -> {
            for (Map.Entry<Site, String> m : methods.entrySet())
                cb.withMethodBody(m.getValue(), m.getKey().type(), ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC | ClassFile.ACC_SYNTHETIC,
                        code -> emit(code, m.getKey()));
        })));
        return count[0] == 0 ? new Rewrite(bytes, 0) : new Rewrite(rewritten, count[0]);
    }

    private static boolean usesPrelinkedBootstraps(ClassModel model) {
        for (var e : model.constantPool()) {
            if (e instanceof java.lang.classfile.constantpool.MethodHandleEntry mh) {
                ClassDesc owner = mh.reference().owner().asSymbol();
                if (owner.equals(SWITCH_BOOTSTRAPS) || owner.equals(RecordMethods.OBJECT_METHODS)) return true;
            }
        }
        return false;
    }

    /** A call site this rewrites: its type, and what the generated method needs. */
    sealed interface Site permits TypeSwitch, RecordMethods.Equals, RecordMethods.HashCode {
        MethodTypeDesc type();
    }

    /** A typeSwitch site's (target, int) -> int type and its class labels. */
    record TypeSwitch(MethodTypeDesc type, List<ClassDesc> labels) implements Site {}

    /** The site {@code indy} is, or null when it is of no shape this rewrites. */
    static Site site(InvokeDynamicInstruction indy, ClassDesc self) {
        DirectMethodHandleDesc bsm = indy.bootstrapMethod();
        if (bsm.owner().equals(RecordMethods.OBJECT_METHODS)) return RecordMethods.site(indy, self);
        if (!bsm.owner().equals(SWITCH_BOOTSTRAPS) || !bsm.methodName().equals("typeSwitch")) return null;
        MethodTypeDesc type = indy.typeSymbol();
        if (type.parameterCount() != 2 || !type.parameterType(0).isClassOrInterface() && !type.parameterType(0).isArray()
                || !type.parameterType(1).equals(ConstantDescs.CD_int) || !type.returnType().equals(ConstantDescs.CD_int)) return null;
        List<ClassDesc> labels = new ArrayList<>();
        for (LoadableConstantEntry arg : indy.invokedynamic().bootstrap().arguments()) {
            if (!(arg instanceof ClassEntry c)) return null;
            labels.add(c.asSymbol());
        }
        return new TypeSwitch(type, List.copyOf(labels));
    }

    static void emit(CodeBuilder code, Site site) {
        switch (site) {
            case TypeSwitch t -> emitTypeSwitch(code, t);
            case RecordMethods.Equals e -> RecordMethods.emitEquals(code, e);
            case RecordMethods.HashCode h -> RecordMethods.emitHashCode(code, h);
        }
    }

    /**
     * {@code null -> -1}; then from label {@code restart} on, the first label the target is an instance of gives its
     * index; none gives the label count (SwitchBootstraps.typeSwitch for class labels). A guard that fails restarts at
     * the next label, so the restart index jumps into the chain.
     */
    static void emitTypeSwitch(CodeBuilder code, TypeSwitch s) {
        int n = s.labels().size();
        Label nonNull = code.newLabel();
        code.aload(0).ifnonnull(nonNull).iconst_m1().ireturn();
        code.labelBinding(nonNull);
        List<Label> at = new ArrayList<>();
        for (int i = 0; i <= n; i++) at.add(code.newLabel());
        if (n > 0) {
            List<java.lang.classfile.instruction.SwitchCase> cases = new ArrayList<>();
            for (int i = 0; i < n; i++) cases.add(java.lang.classfile.instruction.SwitchCase.of(i, at.get(i)));
            code.iload(1).tableswitch(0, n - 1, at.get(n), cases);
        }
        for (int i = 0; i < n; i++) {
            code.labelBinding(at.get(i));
            code.aload(0).instanceOf(s.labels().get(i)).ifeq(at.get(i + 1));
            code.loadConstant(i).ireturn();
        }
        code.labelBinding(at.get(n));
        code.loadConstant(n).ireturn();
    }
}
