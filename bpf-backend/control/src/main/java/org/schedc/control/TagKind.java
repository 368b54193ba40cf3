package org.schedc.control;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The four things a tag can label, each with its own pinned map {@code P_tags_<suffix>} (docs/runtime-abi.md). */
public enum TagKind {
    TASK("task", "pid", 4),
    PROC("proc", "tgid", 4),
    CGROUP("cgroup", "cgroup", 8),
    USER("user", "uid", 4);

    private final String suffix;
    private final String label;
    private final int keySize;

    TagKind(String suffix, String label, int keySize) {
        this.suffix = suffix;
        this.label = label;
        this.keySize = keySize;
    }

    /** {@code P_tags_task} etc. */
    public String mapName(String policy) {
        return policy + "_tags_" + suffix;
    }

    /** How a key of this kind is named in messages and listings ("pid", "tgid", "cgroup", "uid"). */
    public String label() {
        return label;
    }

    public int keySize() {
        return keySize;
    }

    /** The map key for {@code id}, little-endian (the BPF target's byte order). */
    public byte[] key(long id) {
        ByteBuffer b = ByteBuffer.allocate(keySize).order(ByteOrder.LITTLE_ENDIAN);
        if (keySize == 8) {
            b.putLong(id);
        } else {
            b.putInt((int) id);
        }
        return b.array();
    }

    /** The id a key holds (unsigned). */
    public long id(byte[] key) {
        ByteBuffer b = ByteBuffer.wrap(key).order(ByteOrder.LITTLE_ENDIAN);
        return keySize == 8 ? b.getLong() : Integer.toUnsignedLong(b.getInt());
    }
}
