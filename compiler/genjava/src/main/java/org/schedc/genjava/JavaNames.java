package org.schedc.genjava;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** How DSL names become Java names: {@code game} → {@code Game}, {@code avg_run} → {@code avgRun}, {@code render} → {@code RENDER}. */
final class JavaNames {
    private JavaNames() {
    }

    /** {@code my_policy} → {@code MyPolicy}: the prefix of every generated type. */
    static String typePrefix(String policy) {
        String camel = lowerCamel(policy);
        return Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
    }

    /** {@code dispatched_prio_high} → {@code dispatchedPrioHigh}; a Java keyword gets a trailing underscore. */
    static String lowerCamel(String name) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                up = b.length() > 0;
                continue;
            }
            b.append(up ? Character.toUpperCase(c) : c);
            up = false;
        }
        String s = b.isEmpty() ? "value" : b.toString();
        if (Character.isDigit(s.charAt(0))) s = "_" + s;
        return SourceVersion.isKeyword(s) || s.equals("_") ? s + "_" : s;
    }

    /** {@code render} → {@code RENDER}, {@code lowLatency} → {@code LOW_LATENCY}. */
    static String constant(String name) {
        String s = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        return Character.isDigit(s.charAt(0)) ? "_" + s : s;
    }

    /**
     * Java names for {@code names}, in order, each unique among them and not in {@code taken}: two DSL names that
     * map to one Java name ({@code a_b}, {@code aB}) keep the DSL spelling for the later one.
     */
    static Map<String, String> unique(List<String> names, java.util.function.UnaryOperator<String> rule, Set<String> taken) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>(taken);
        for (String n : names) {
            String j = rule.apply(n);
            if (!used.add(j)) {
                j = SourceVersion.isKeyword(n) ? n + "_" : n;
                for (int i = 2; !used.add(j); i++) j = n + "_" + i;
            }
            out.put(n, j);
        }
        return out;
    }

    /** A dotted Java package name: each part an identifier and not a keyword. */
    static boolean isPackage(String pkg) {
        return !pkg.isEmpty() && SourceVersion.isName(pkg) && !pkg.startsWith("java.");
    }
}
