package org.schedc.bpf.sys;

import java.util.List;

/**
 * What a pinned object is. BPF_OBJ_GET returns an fd for maps, programs and links alike, and map info on a program
 * fd would be misread, so the kind comes from the fd's {@code /proc/self/fdinfo} keys first.
 */
public enum PinnedObjectKind {
    MAP, PROGRAM, LINK, OTHER;

    /** Classifies fdinfo text by its first BPF-specific key. */
    public static PinnedObjectKind fromFdinfo(List<String> lines) {
        for (String line : lines) {
            if (line.startsWith("map_type:")) {
                return MAP;
            }
            if (line.startsWith("prog_type:")) {
                return PROGRAM;
            }
            if (line.startsWith("link_type:")) {
                return LINK;
            }
        }
        return OTHER;
    }

    public String label() {
        return switch (this) {
            case MAP -> "a BPF map";
            case PROGRAM -> "a BPF program";
            case LINK -> "a BPF link";
            case OTHER -> "not a BPF map";
        };
    }
}
