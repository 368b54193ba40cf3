package org.schedc.sema;

import java.util.List;
import java.util.Optional;
import org.schedc.ast.Ast;
import org.schedc.kabi.Kabi;

/**
 * A kernel field path such as {@code p.vtime} resolved once, in every target kernel. Aliases are already
 * expanded ({@code p.vtime} has path {@code [scx, dsq_vtime]}); the path stays inside embedded structs, so a
 * pointer member ends one reference and the next field starts another from that pointer.
 *
 * @param base       the kernel pointer expression the path starts from ({@code p})
 * @param rootStruct the struct {@code base} points to ({@code task_struct})
 * @param path       member names from the root, anonymous members not included
 * @param type       the value's type on the primary target (the others agree in kind)
 * @param access     how the policy uses it at this node
 * @param setter     the kfunc that writes it when every target has one and the callback may call it
 * @param layouts    per target kernel, in target order (the first is the primary)
 */
public record KernelFieldRef(Ast.Expr base, String rootStruct, List<String> path, Type type, Access access,
        Optional<String> setter, List<Layout> layouts) {

    public enum Access { READ, WRITE, READ_WRITE }

    /**
     * One kernel's member chain: a step per member from {@code rootStruct}, anonymous struct/union members
     * included; {@code byteOffset} is their sum (the value's offset from the pointer) and {@code typeId} the
     * final member's BTF type in that kernel.
     */
    public record Layout(String kernel, List<Kabi.FieldInfo> chain, long byteOffset, int typeId) {}

    public Layout primary() { return layouts.getFirst(); }

    /** The dotted path as the policy means it, e.g. {@code scx.dsq_vtime}. */
    public String dotted() { return String.join(".", path); }

    KernelFieldRef withAccess(Access a, Optional<String> s) { return new KernelFieldRef(base, rootStruct, path, type, a, s, layouts); }
}
