package org.schedc.cli;

import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.schedc.ast.Ast;
import org.schedc.diag.SourceFile;
import org.schedc.syntax.SchedcParser;

/**
 * The files a command reads: its inputs and, transitively, the module files they import by path
 * ({@code import "x.sched"}, resolved relative to the importer as the driver's module loader does;
 * library modules live in the jar and cannot be overwritten). Keys are real paths, values say what the
 * file is, for a refusal message. Unreadable or unparsable files just end the walk there: this only
 * protects files, it reports nothing.
 */
final class ImportClosure {
    private ImportClosure() {}

    static Map<Path, String> of(Collection<Path> inputs) {
        Map<Path, String> files = new LinkedHashMap<>();
        Deque<Path> todo = new ArrayDeque<>();
        for (Path input : inputs) {
            Path real = real(input);
            if (real != null && files.putIfAbsent(real, "the input " + input) == null) todo.add(real);
        }
        while (!todo.isEmpty()) {
            Path file = todo.poll();
            for (Ast.Import imp : imports(file)) {
                String name = imp.module();
                if (!(name.contains("/") || name.endsWith(".sched"))) continue;
                Path dir = file.getParent();
                Path real = real((dir == null ? Path.of(name) : dir.resolve(name)).normalize());
                if (real != null && files.putIfAbsent(real, name + " (a module that " + file.getFileName() + " imports)") == null) {
                    todo.add(real);
                }
            }
        }
        return files;
    }

    private static Iterable<Ast.Import> imports(Path file) {
        try {
            if (!Files.isRegularFile(file)) return java.util.List.of();
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            if (!text.contains("import")) return java.util.List.of(); // most policies: no parse needed
            return SchedcParser.parse(new SourceFile(file.toString(), text)).tree().imports();
        } catch (IOException e) {
            return java.util.List.of();
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
