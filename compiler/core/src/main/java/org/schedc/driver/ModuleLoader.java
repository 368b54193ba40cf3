package org.schedc.driver;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.schedc.ast.Ast;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.SourceFile;
import org.schedc.sema.Checker;
import org.schedc.syntax.ParseResult;
import org.schedc.syntax.SchedcParser;

/**
 * Finds, parses and orders the modules a policy imports. {@code import NAME} is a module of the policy
 * library (classpath resource {@code org/schedc/stdlib/NAME.sched}); {@code import "path"} (a string
 * with a '/' or ending in .sched) is a file relative to the importing file. Each module is loaded once,
 * dependencies before their importers; a cycle is an error at the import that closes it.
 */
final class ModuleLoader {
    static final String STDLIB = "org/schedc/stdlib/";

    private final Diagnostics diags;
    private final List<Checker.ModuleUnit> ordered = new ArrayList<>();
    private final Set<String> done = new HashSet<>();
    private final Deque<String> loading = new ArrayDeque<>();

    ModuleLoader(Diagnostics diags) {
        this.diags = diags;
    }

    /** The modules {@code importer} needs, transitively, dependencies first. Problems go to the diagnostics. */
    List<Checker.ModuleUnit> load(SourceFile importer, List<Ast.Import> imports) {
        for (Ast.Import imp : imports) visit(importer, imp);
        return List.copyOf(ordered);
    }

    private void visit(SourceFile importer, Ast.Import imp) {
        String name = imp.module();
        boolean byPath = name.contains("/") || name.endsWith(".sched");
        String key;
        String text;
        String displayPath;
        if (byPath) {
            Path base = Path.of(importer.path()).toAbsolutePath().getParent();
            Path p = (base == null ? Path.of(name) : base.resolve(name)).normalize();
            key = p.toString();
            if (done.contains(key) || loading.contains(key)) {
                cycleOrDone(importer, imp, key);
                return;
            }
            if (!Files.isRegularFile(p)) {
                diags.error("E0323", importer, imp.span(), "module file " + name + " does not exist (looked for " + p + ")");
                return;
            }
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                diags.error("E0323", importer, imp.span(), "cannot read module file " + name + ": " + e.getMessage());
                return;
            }
            Path rel = Path.of(importer.path()).getParent();
            displayPath = rel == null ? name : rel.resolve(name).normalize().toString();
        } else {
            key = "stdlib:" + name;
            if (done.contains(key) || loading.contains(key)) {
                cycleOrDone(importer, imp, key);
                return;
            }
            String source = stdlibSource(name);
            if (source == null) {
                diags.error("E0323", importer, imp.span(), "unknown module '" + name + "'; the policy library has: "
                        + String.join(", ", stdlibModules()) + " (import \"path.sched\" for a file)");
                return;
            }
            text = source;
            displayPath = "<stdlib>/" + name + ".sched";
        }
        SourceFile file = new SourceFile(displayPath, text);
        ParseResult parsed = SchedcParser.parse(file);
        parsed.diagnostics().forEach(diags::report);
        Ast.Module module = parsed.tree().module();
        if (module == null) {
            if (!diags.hasErrors() || parsed.tree().policy() != null) {
                diags.error("E0324", importer, imp.span(), displayPath + " is not a module: a module file starts with 'module NAME'");
            }
            return;
        }
        loading.push(key);
        for (Ast.Import inner : parsed.tree().imports()) visit(file, inner);
        loading.pop();
        done.add(key);
        ordered.add(new Checker.ModuleUnit(file, module));
    }

    private void cycleOrDone(SourceFile importer, Ast.Import imp, String key) {
        if (!loading.contains(key)) return; // already loaded through another import
        List<String> chain = new ArrayList<>(loading.reversed());
        chain = chain.subList(chain.indexOf(key), chain.size());
        diags.error("E0325", importer, imp.span(), "import cycle: " + String.join(" -> ", chain.stream().map(ModuleLoader::shortName).toList())
                + " -> " + shortName(key));
    }

    private static String shortName(String key) {
        return key.startsWith("stdlib:") ? key.substring(7) : Path.of(key).getFileName().toString();
    }

    private static String stdlibSource(String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) return null;
        try (InputStream in = ModuleLoader.class.getClassLoader().getResourceAsStream(STDLIB + name + ".sched")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** Names of the policy library's modules, from the classpath (a directory in development, the jar otherwise). */
    static List<String> stdlibModules() {
        Set<String> names = new TreeSet<>();
        try {
            var urls = ModuleLoader.class.getClassLoader().getResources(STDLIB);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                URI uri = url.toURI();
                if (uri.getScheme().equals("jar")) {
                    FileSystem fs;
                    boolean close = false;
                    try {
                        fs = FileSystems.getFileSystem(uri);
                    } catch (FileSystemNotFoundException e) {
                        fs = FileSystems.newFileSystem(uri, Map.of());
                        close = true;
                    }
                    try {
                        list(fs.getPath(STDLIB), names);
                    } finally {
                        if (close) fs.close();
                    }
                } else {
                    list(Path.of(uri), names);
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Listing is a courtesy in an error message; an unlistable classpath just lists nothing.
        }
        return List.copyOf(names);
    }

    private static void list(Path dir, Set<String> names) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sched"))
                    .forEach(n -> names.add(n.substring(0, n.length() - ".sched".length())));
        }
    }
}
