package org.schedc.control;

/** What a tag command labels: a kind and its id (pid, tgid, cgroup id or uid), plus how to name it in messages. */
public record TagTarget(TagKind kind, long id, String display) {
    public byte[] key() {
        return kind.key(id);
    }
}
