package org.schedc.stdlib;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The policy library: module files written in the schedc language, shipped as classpath
 * resources {@code org/schedc/stdlib/NAME.sched} and imported by name ({@code import fifo}).
 */
public final class Stdlib {
    /** Every module of the library, in the order the documentation lists them. */
    public static final List<String> MODULES =
            List.of("fifo", "vtime_fair", "prio_classes", "colocation", "latency_boost", "idle_select");

    private Stdlib() {}

    /** The classpath resource path of module {@code name} (whether or not it exists). */
    public static String resourcePath(String name) {
        return "org/schedc/stdlib/" + name + ".sched";
    }

    /** The source text of module {@code name}, or empty when the library has no such module. */
    public static Optional<String> source(String name) {
        if (!MODULES.contains(name)) return Optional.empty();
        try (InputStream in = Stdlib.class.getClassLoader().getResourceAsStream(resourcePath(name))) {
            if (in == null) return Optional.empty();
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            // A resource of our own jar that cannot be read is a broken installation, not bad input.
            throw new UncheckedIOException("cannot read stdlib module " + name, e);
        }
    }
}
