package org.schedc.cli.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The prelinked switches compute what the bootstrap computes: same case chosen for every kind of value, nulls, guards
 * that fail and restart, no match; sites with string labels stay as they are. The sample types are public: the
 * rewritten copy lives in another class loader, hence another run-time package.
 */
public class IndyPrelinkTest {
    public sealed interface Shape permits Circle, Square, Rect, Empty {}
    public record Circle(int r) implements Shape {}
    public record Square(int side) implements Shape {}
    public record Rect(int w, int h) implements Shape {}
    public record Empty() implements Shape {}

    private static final List<Object> VALUES = List.of(new Circle(0), new Circle(5), new Square(2), new Square(30),
            new Rect(1, 1), new Rect(4, 9), new Empty(), "text", "other", 42, 7L, new ArrayList<>(), List.of(1));

    @Test
    void rewrittenSwitchesGiveTheSameAnswers() throws Exception {
        byte[] original;
        try (InputStream s = SwitchSamples.class.getResourceAsStream("SwitchSamples.class")) { original = s.readAllBytes(); }
        ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofClassLoading(getClass().getClassLoader()))));
        IndyPrelink.Rewrite r = IndyPrelink.rewriteClass(cf, original);
        assertEquals(4, r.sites(), "the four class-label switches are rewritten, the string switch is not");
        assertRecordMethodsPrelinked(cf);
        List<String> left = new ArrayList<>();
        cf.parse(r.bytes()).methods().forEach(m -> m.code().ifPresent(code -> code.forEach(e -> {
            if (e instanceof InvokeDynamicInstruction i && i.bootstrapMethod().methodName().equals("typeSwitch")) left.add(m.methodName().stringValue());
        })));
        assertEquals(List.of("strings"), left);

        Class<?> rewritten = new ClassLoader(getClass().getClassLoader()) {
            Class<?> define() { return defineClass(SwitchSamples.class.getName(), r.bytes(), 0, r.bytes().length); }
        }.define();
        assertFalse(rewritten == SwitchSamples.class);
        int compared = 0;
        for (Method m : SwitchSamples.class.getDeclaredMethods()) {
            if (m.isSynthetic()) continue;
            Method other = rewritten.getDeclaredMethod(m.getName(), m.getParameterTypes());
            m.setAccessible(true);
            other.setAccessible(true);
            List<Object> inputs = new ArrayList<>(VALUES);
            inputs.add(null);
            for (Object v : inputs) {
                if (v != null && !m.getParameterTypes()[0].isInstance(v)) continue;
                assertEquals(outcome(m, v), outcome(other, v), m.getName() + "(" + v + ")");
                compared++;
            }
        }
        assertTrue(compared > 30, "compared " + compared);
    }

    private void assertRecordMethodsPrelinked(ClassFile cf) throws Exception {
        byte[] original;
        try (InputStream s = All.class.getResourceAsStream("All.class")) { original = s.readAllBytes(); }
        IndyPrelink.Rewrite r = IndyPrelink.rewriteClass(cf, original);
        assertEquals(2, r.sites(), "equals and hashCode");
        Class<?> copy = new ClassLoader(getClass().getClassLoader()) {
            Class<?> define() { return defineClass(All.class.getName(), r.bytes(), 0, r.bytes().length); }
        }.define();
        java.lang.reflect.Constructor<?> make = copy.getDeclaredConstructors()[0], theirsMake = All.class.getDeclaredConstructors()[0];
        make.setAccessible(true);
        theirsMake.setAccessible(true);
        List<Object[]> args = List.of(
                new Object[] {true, (byte) 1, (short) 2, 'c', 4, 5L, 6.5f, 7.5, "s", List.of(1)},
                new Object[] {true, (byte) 1, (short) 2, 'c', 4, 5L, 6.5f, 7.5, "s", List.of(1)},
                new Object[] {false, (byte) 1, (short) 2, 'c', 4, 5L, 6.5f, 7.5, "s", List.of(1)},
                new Object[] {true, (byte) 1, (short) 2, 'c', 4, 5L, Float.NaN, -0.0, null, null},
                new Object[] {true, (byte) 1, (short) 2, 'c', 4, 5L, Float.NaN, 0.0, null, null},
                new Object[] {true, (byte) -9, (short) 2, 'd', 4, 1L << 40, 0.0f, Double.NaN, "t", "u"});
        List<Object> mine = new ArrayList<>(), theirs = new ArrayList<>();
        for (Object[] a : args) {
            mine.add(make.newInstance(a));
            theirs.add(theirsMake.newInstance(a));
        }
        for (int x = 0; x < args.size(); x++) {
            assertEquals(theirs.get(x).hashCode(), mine.get(x).hashCode(), "hashCode of " + theirs.get(x));
            assertEquals(theirs.get(x).toString(), mine.get(x).toString());
            assertFalse(mine.get(x).equals(null));
            assertFalse(mine.get(x).equals("other"));
            assertFalse(mine.get(x).equals(theirs.get(x)), "another class");
            for (int y = 0; y < args.size(); y++)
                assertEquals(theirs.get(x).equals(theirs.get(y)), mine.get(x).equals(mine.get(y)), x + " equals " + y);
        }
    }

    private static String outcome(Method m, Object v) {
        try {
            return String.valueOf(m.invoke(null, v));
        } catch (java.lang.reflect.InvocationTargetException e) {
            return "throws " + e.getCause().getClass().getName();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}

/** A record with every kind of component: equals and hashCode rewritten, toString kept, same answers as the bootstrap's. */
record All(boolean z, byte b, short s, char c, int i, long j, float f, double d, String str, Object o) {}

/** The switch shapes javac emits typeSwitch sites for; top-level so that the test can load a rewritten copy of it alone. */
final class SwitchSamples {
    private SwitchSamples() {}

    static String sealed(IndyPrelinkTest.Shape s) {
        return switch (s) {
            case IndyPrelinkTest.Circle c when c.r() == 0 -> "dot";
            case IndyPrelinkTest.Circle c -> "circle " + c.r();
            case IndyPrelinkTest.Square q when q.side() > 10 -> "big square";
            case IndyPrelinkTest.Square q when q.side() > 1 -> "square";
            case IndyPrelinkTest.Rect(int w, int h) when w == h -> "square rect";
            case IndyPrelinkTest.Rect r -> "rect " + r.w() * r.h();
            case IndyPrelinkTest.Square q -> "tiny square";
            case IndyPrelinkTest.Empty e -> "empty";
        };
    }

    static String withNull(Object o) {
        return switch (o) {
            case null -> "null";
            case String s when s.length() > 4 -> "long string";
            case String s -> "string";
            case Integer i -> "int " + i;
            case java.util.List<?> l when l.isEmpty() -> "empty list";
            case java.util.Collection<?> c -> "collection";
            default -> "other";
        };
    }

    static int statement(Object o) {
        int n = 0;
        switch (o) {
            case IndyPrelinkTest.Shape s -> n = 1;
            case Number x when x.intValue() > 10 -> n = 2;
            case CharSequence c -> n = 3;
            default -> n = 4;
        }
        return n;
    }

    static String noDefaultNullThrows(IndyPrelinkTest.Shape s) {
        return switch (s) {
            case IndyPrelinkTest.Circle c -> "c";
            case IndyPrelinkTest.Square q -> "q";
            case IndyPrelinkTest.Rect r -> "r";
            case IndyPrelinkTest.Empty e -> "e";
        };
    }

    static String strings(String s) {
        return switch (s) {
            case "text" -> "t";
            case String x when x.isEmpty() -> "empty";
            default -> "x";
        };
    }
}
