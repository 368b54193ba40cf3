package org.schedc.kabi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which callbacks may call which kfunc, and which callbacks may be sleepable (data: kfunc-rules.txt). */
public final class KfuncRules {
    private final Map<String, Set<String>> allowedByKfunc = new HashMap<>();
    private final Set<String> sleepableAllowed = new HashSet<>();

    private KfuncRules() {}

    public static KfuncRules load() {
        try (InputStream in = KfuncRules.class.getResourceAsStream("/org/schedc/kabi/kfunc-rules.txt")) {
            if (in == null) throw new IllegalStateException("kfunc-rules.txt missing from the schedc jar");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read kfunc-rules.txt", e);
        }
    }

    public static KfuncRules parse(String text) {
        KfuncRules rules = new KfuncRules();
        Map<String, Set<String>> sets = new HashMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            String head = line.substring(0, colon).strip();
            List<String> words = List.of(line.substring(colon + 1).strip().split("\\s+"));
            if (head.startsWith("set ")) sets.put(head.substring(4).strip(), Set.copyOf(words));
            else if (head.startsWith("kfunc ")) {
                Set<String> allowed = sets.get(words.getFirst());
                if (allowed == null) throw new IllegalStateException("kfunc-rules.txt: unknown set " + words.getFirst());
                rules.allowedByKfunc.put(head.substring(6).strip(), allowed);
            } else if (head.equals("sleepable-allowed")) rules.sleepableAllowed.addAll(words);
        }
        return rules;
    }

    /** True when the kernel lets {@code callback} call {@code kfunc}; unknown kfuncs are allowed (the kernel decides). */
    public boolean allows(String kfunc, String callback, boolean sleepable) {
        Set<String> allowed = allowedByKfunc.get(kfunc);
        if (allowed == null || allowed.contains("*")) return true;
        return allowed.contains(callback) || (sleepable && allowed.contains("sleepable"));
    }

    /** True when the rules name {@code kfunc} (its per-callback set is known). */
    public boolean knows(String kfunc) { return allowedByKfunc.containsKey(kfunc); }

    public List<String> allowedCallbacks(String kfunc) {
        Set<String> allowed = allowedByKfunc.get(kfunc);
        if (allowed == null) return List.of("*");
        List<String> out = new java.util.ArrayList<>(allowed.stream().map(a -> a.equals("sleepable") ? "sleepable callbacks (" + String.join(", ", sleepableAllowed.stream().sorted().toList()) + ")" : a).sorted().toList());
        return out;
    }

    public boolean maySleep(String callback) { return sleepableAllowed.contains(callback); }
}
