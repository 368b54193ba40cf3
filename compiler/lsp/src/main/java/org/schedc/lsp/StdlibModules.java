package org.schedc.lsp;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Names of the policy library's modules (resources {@code org/schedc/stdlib/NAME.sched}), for completion after {@code import}. */
final class StdlibModules {
    private static final String DIR = "org/schedc/stdlib/";

    private StdlibModules() {}

    static List<String> names() {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = StdlibModules.class.getClassLoader().getResources(DIR);
            while (roots.hasMoreElements()) collect(roots.nextElement(), names);
        } catch (IOException | RuntimeException e) {
            ServerLog.log("cannot list the policy library: " + e);
        }
        return List.copyOf(names);
    }

    private static void collect(URL root, TreeSet<String> names) throws IOException {
        switch (root.getProtocol()) {
            case "file" -> {
                try (Stream<Path> files = Files.list(Path.of(java.net.URI.create(root.toString())))) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sched"))
                            .forEach(n -> names.add(n.substring(0, n.length() - ".sched".length())));
                }
            }
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(DIR) && n.endsWith(".sched") && n.indexOf('/', DIR.length()) < 0)
                            .forEach(n -> names.add(n.substring(DIR.length(), n.length() - ".sched".length())));
                }
            }
            default -> { }
        }
    }
}
