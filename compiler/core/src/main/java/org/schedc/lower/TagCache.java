package org.schedc.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schedc.ast.Ast;
import org.schedc.ir.DefUse;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Cond;
import org.schedc.ir.Ir.Imm;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.Terminator;
import org.schedc.ir.Ir.VReg;
import org.schedc.sema.Symbols;
import org.schedc.sema.Symbols.Resolution;
import org.schedc.sema.Type;

/**
 * {@code p.tag} (and each single-source tag) resolved at most once per handler invocation when {@code p} is a
 * handler argument. One invocation sees one task, whose tag maps only user space writes (a change mid-callback
 * may be seen or not; one invocation sees one value) and whose classify cache only the generated
 * classification writes, before the handler's body: a second lookup could only give the same answer.
 *
 * <p>The cache is a register per argument and source, set to {@link #UNRESOLVED} in the entry block (which
 * dominates every use). A use resolves it unless it is known resolved: the first use in lowering order
 * resolves it unconditionally (structured code without loops reaches it through earlier code only); every
 * other use tests the register first, and {@link #finish} drops that test where the function's dominators
 * show an earlier use on every path to it. Uses inside loops, and other task values (locals, function
 * parameters), are looked up at each use.
 */
final class TagCache {
    /** Tags are u32 map values zero-extended to 64 bits, never all ones. */
    private static final long UNRESOLVED = -1;

    /** A use: the block ending in its test (or where its unconditional resolution starts) and the block after it. */
    private record Site(String key, Block start, Block done, boolean tested) {}

    private final LowerContext cx;
    private final Map<String, VReg> caches = new HashMap<>();
    private final List<Site> sites = new ArrayList<>();

    TagCache(LowerContext cx) { this.cx = cx; }

    void clear() {
        caches.clear();
        sites.clear();
    }

    VReg read(Ast.Expr taskExpr, Symbols.TagSource source) {
        Integer arg = handlerArgument(taskExpr);
        // Inside a loop a cached tag would be tested on every iteration; the verifier decides that test from the
        // register's range and so marks the tag precise, which keeps the states of different tags apart and
        // multiplied a nest's paths past the 1M-instruction limit (a generated policy: 11,029 -> 1,000,001).
        // A lookup per use there is what the kernel can prune.
        if (arg == null || !cx.loops.isEmpty()) return cx.tags.readTag(cx.reg(cx.exprs.lowerScalar(taskExpr, Type.TASK)), source);
        String key = arg + ":" + source;
        boolean first = !caches.containsKey(key);
        VReg cache = caches.computeIfAbsent(key, k -> {
            VReg c = cx.fn.newVReg();
            List<Inst> entry = cx.fn.entry().insts;
            entry.add(!entry.isEmpty() && entry.getFirst() instanceof Inst.Line ? 1 : 0, new Inst.Const(c, UNRESOLVED));
            return c;
        });
        boolean tested = !first;
        Block start = cx.current, done = cx.fn.newBlock();
        if (tested) {
            Block resolve = cx.fn.newBlock();
            cx.current.terminator = new Terminator.Branch(Cond.EQ, cache, new Imm(UNRESOLVED), resolve, done);
            cx.current = resolve;
        }
        VReg task = cx.reg(cx.exprs.lowerScalar(taskExpr, Type.TASK));
        cx.emit(new Inst.Const(cache, 0));
        cx.tags.tagFrom(cache, task, source);
        cx.jumpTo(done);
        cx.current = done;
        cx.lastLine = -1;
        sites.add(new Site(key, start, done, tested));
        VReg out = cx.fn.newVReg();
        cx.emit(new Inst.Mov(out, cache));
        return out;
    }

    /** Drops the tests of uses that an earlier use of the same cache dominates; then forgets the function. */
    void finish() {
        if (sites.stream().anyMatch(Site::tested)) {
            Dominators dom = new Dominators(cx.fn);
            for (Site s : sites) {
                if (!s.tested() || !(s.start().terminator instanceof Terminator.Branch br) || !dom.reachable(s.start())) continue;
                for (Site r : sites) {
                    if (r != s && r.key().equals(s.key()) && dom.dominates(r.done(), s.start())) {
                        s.start().terminator = new Terminator.Jump(br.ifFalse());
                        break;
                    }
                }
            }
        }
        clear();
    }

    /** The index of the handler argument {@code e} names, or null for any other task value. */
    private Integer handlerArgument(Ast.Expr e) {
        if (!(e instanceof Ast.Expr.Name n) || !(cx.policy.resolutions().get(n) instanceof Resolution.LocalRef lr)) return null;
        return cx.locals.get(lr.local()) instanceof Value.Arg a ? a.index() : null;
    }

    /** Immediate dominators of the reachable blocks (Cooper, Harvey and Kennedy's iteration over reverse postorder). */
    private static final class Dominators {
        private final Map<Block, Integer> order = new HashMap<>();
        private final int[] idom;

        Dominators(org.schedc.ir.Ir.Function fn) {
            List<Block> rpo = DefUse.reversePostOrder(fn);
            for (int i = 0; i < rpo.size(); i++) order.put(rpo.get(i), i);
            Map<Block, List<Block>> preds = DefUse.predecessors(fn);
            idom = new int[rpo.size()];
            java.util.Arrays.fill(idom, -1);
            idom[0] = 0;
            for (boolean changed = true; changed; ) {
                changed = false;
                for (int b = 1; b < rpo.size(); b++) {
                    int next = -1;
                    for (Block p : preds.getOrDefault(rpo.get(b), List.of())) {
                        Integer pi = order.get(p);
                        if (pi == null || idom[pi] < 0) continue;
                        next = next < 0 ? pi : intersect(pi, next);
                    }
                    if (next >= 0 && idom[b] != next) {
                        idom[b] = next;
                        changed = true;
                    }
                }
            }
        }

        private int intersect(int a, int b) {
            while (a != b) {
                while (a > b) a = idom[a];
                while (b > a) b = idom[b];
            }
            return a;
        }

        boolean reachable(Block b) { return order.containsKey(b); }

        boolean dominates(Block a, Block b) {
            Integer ai = order.get(a), bi = order.get(b);
            if (ai == null || bi == null) return false;
            for (int x = bi; ; x = idom[x]) {
                if (x == ai) return true;
                if (x == 0) return false;
            }
        }
    }
}
