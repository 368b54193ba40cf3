package org.schedc.bpf.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.schedc.bpf.sys.BpfException;
import org.schedc.bpf.sys.PinnedMap;

/**
 * Undoes a load: removes the pins {@link Loader} made. Removing the link's last reference unregisters the
 * scheduler (the kernel disables it); the maps go when the programs do. A map pinned by name in the pin root is
 * removed only if it is the same map (same id) as the one pinned in the pin directory, never a stranger's.
 */
public final class Stopper {
    private Stopper() {}

    /** The pins removed, in order; empty when the directory does not exist. */
    public static List<Path> stop(Loader.Pins pins) throws LoadException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(pins.pinDir())) return removed;
        try (var s = Files.list(pins.pinDir())) {
            for (Path p : s.sorted().toList()) {
                Path root = pins.pinRoot().resolve(p.getFileName().toString());
                if (Files.exists(root) && sameMap(p, root)) {
                    Files.delete(root);
                    removed.add(root);
                }
                Files.delete(p);
                removed.add(p);
            }
            Files.delete(pins.pinDir());
        } catch (IOException e) {
            throw LoadException.io("E0910", "cannot remove the pins in " + pins.pinDir() + ": " + e.getMessage());
        }
        return removed;
    }

    private static boolean sameMap(Path a, Path b) {
        try (PinnedMap x = PinnedMap.open(a); PinnedMap y = PinnedMap.open(b)) {
            return x.info().id() == y.info().id();
        } catch (BpfException e) {
            return false; // a link, or not a map: not one of the by-name map pins
        }
    }

    /** Waits up to {@code millis} for sched_ext to leave the enabled state; the state last read. */
    public static SchedExt awaitDisabled(long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        SchedExt s = SchedExt.read();
        while (!s.state().equals("disabled") && !s.state().equals("absent") && System.nanoTime() < end) {
            Thread.sleep(20);
            s = SchedExt.read();
        }
        return s;
    }
}
