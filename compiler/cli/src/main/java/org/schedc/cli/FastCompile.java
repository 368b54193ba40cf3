package org.schedc.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code compile POLICY [-o|--output OBJ] [-k|--kernel K]... [--asm]} (also {@code --output=OBJ},
 * {@code --kernel=K}, any order) without picocli, into the same {@link CompileCommand} picocli would fill.
 * Anything else (help, version, other options, a repeated -o, a missing value, attached short options, a
 * second policy) returns empty and picocli handles it, with its messages; so this never changes what a
 * command line means, only how fast a plain one starts. An option added to CompileCommand falls back
 * to picocli until it is added here.
 */
final class FastCompile {
    private FastCompile() {}

    static Optional<CompileCommand> parse(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length < 2 || !args[0].equals("compile")) return Optional.empty();
        String input = null, output = null;
        List<String> kernels = new ArrayList<>();
        boolean asm = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            String value = null;
            String name = a;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            switch (name) {
                case "-o", "--output" -> {
                    if (output != null) return Optional.empty();
                    if (value == null) {
                        if (a.startsWith("--") && a.contains("=")) return Optional.empty();
                        if (++i >= args.length || args[i].startsWith("-")) return Optional.empty();
                        value = args[i];
                    }
                    if (value.isEmpty()) return Optional.empty();
                    output = value;
                }
                case "-k", "--kernel" -> {
                    if (value == null) {
                        if (++i >= args.length || args[i].startsWith("-")) return Optional.empty();
                        value = args[i];
                    }
                    if (value.isEmpty()) return Optional.empty();
                    kernels.add(value);
                }
                case "--asm" -> {
                    if (value != null || asm) return Optional.empty();
                    asm = true;
                }
                default -> {
                    if (a.startsWith("-") || input != null) return Optional.empty();
                    input = a;
                }
            }
        }
        if (input == null) return Optional.empty();
        CompileCommand c = new CompileCommand();
        try {
            c.input = Path.of(input);
            c.output = output == null ? null : Path.of(output);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        c.kernels = kernels;
        c.asm = asm;
        c.out = out;
        c.err = err;
        return Optional.of(c);
    }
}
