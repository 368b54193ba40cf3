package org.schedc.kabi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schedc.bpf.btf.BtfSubset;

/** Reads selection.txt: the part of a kernel's BTF that a bundled snapshot keeps. */
public final class SnapshotSelection {
    private SnapshotSelection() {}

    public static BtfSubset.Selection load() {
        try (InputStream in = SnapshotSelection.class.getResourceAsStream("/org/schedc/kabi/selection.txt")) {
            if (in == null) throw new IllegalStateException("selection.txt missing from the schedc jar");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read selection.txt", e);
        }
    }

    static BtfSubset.Selection parse(String text) {
        Set<String> structs = new LinkedHashSet<>(), funcs = new LinkedHashSet<>(), typedefs = new LinkedHashSet<>();
        Map<String, Set<String>> members = new LinkedHashMap<>();
        List<String> funcPrefixes = new ArrayList<>(), enumPrefixes = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] words = line.split("\\s+", 2);
            String arg = words.length > 1 ? words[1] : "";
            switch (words[0]) {
                case "struct" -> {
                    int colon = arg.indexOf(':');
                    if (colon < 0) structs.add(arg.strip());
                    else members.put(arg.substring(0, colon).strip(), new LinkedHashSet<>(List.of(arg.substring(colon + 1).strip().split("\\s+"))));
                }
                case "func" -> funcs.add(arg.strip());
                case "func-prefix" -> funcPrefixes.add(arg.strip());
                case "enum-prefix" -> enumPrefixes.add(arg.strip());
                case "typedef" -> typedefs.add(arg.strip());
                default -> throw new IllegalStateException("selection.txt: unknown entry '" + words[0] + "'");
            }
        }
        return new BtfSubset.Selection(structs, members, funcs, funcPrefixes, enumPrefixes, typedefs);
    }
}
