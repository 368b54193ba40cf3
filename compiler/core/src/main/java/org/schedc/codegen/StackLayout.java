package org.schedc.codegen;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schedc.ir.DefUse;
import org.schedc.ir.Ir;
import org.schedc.ir.Ir.Block;
import org.schedc.ir.Ir.Inst;
import org.schedc.ir.Ir.VReg;

/**
 * Frame offsets for a function's stack objects, sharing bytes between objects that are never live at the same
 * time. Lowering makes a fresh object for every map key, kfunc out-parameter and message buffer, and the register
 * allocator one per spilled value; one slot each made handlers with many state or tag reads run out of BPF's 512
 * bytes (E0502) although only a few are in use at any point.
 *
 * <p>The contract with lowering: an object is written in full through the address of its {@code StackAddr} (or a
 * full-size {@code StackStore}) before that address is used to read it, so both start a live range; a
 * {@code StackLoad}, a partial store and any use of a vreg holding the object's address use it. An address that
 * escapes where it cannot be followed (stored to memory or spilled, or a vreg that may hold other values too) pins
 * its object for the whole function. Liveness is an iterative backward dataflow over blocks (O(blocks × objects)
 * per round); the live positions of each object are reduced to one interval of the layout, and objects whose
 * intervals are disjoint may share bytes (first fit, O(objects²)).
 */
final class StackLayout {
    private StackLayout() {}

    /** Offsets from r10 (negative) per object, and the frame size in bytes. */
    record Frame(List<Integer> offsets, int size) {}

    static Frame of(Ir.Function fn, List<Block> layout) {
        int n = fn.stackObjects.size();
        Map<VReg, Set<Integer>> addresses = new HashMap<>();
        BitSet pinned = new BitSet(n);
        followAddresses(layout, addresses, pinned);

        Map<Block, BitSet> gen = new HashMap<>(), kill = new HashMap<>(), liveIn = new HashMap<>(), liveOut = new HashMap<>();
        for (Block b : layout) {
            BitSet g = new BitSet(n), k = new BitSet(n);
            for (Inst i : b.insts) {
                for (int s : uses(fn, i, addresses)) if (!k.get(s)) g.set(s);
                for (int s : defs(fn, i)) k.set(s);
            }
            for (VReg v : DefUse.uses(b.terminator)) for (int s : addresses.getOrDefault(v, Set.of())) if (!k.get(s)) g.set(s);
            gen.put(b, g);
            kill.put(b, k);
            liveIn.put(b, new BitSet(n));
            liveOut.put(b, new BitSet(n));
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int x = layout.size() - 1; x >= 0; x--) {
                Block b = layout.get(x);
                BitSet out = new BitSet(n);
                for (Block s : DefUse.successors(b)) out.or(liveIn.get(s));
                BitSet in = (BitSet) out.clone();
                in.andNot(kill.get(b));
                in.or(gen.get(b));
                if (!out.equals(liveOut.get(b)) || !in.equals(liveIn.get(b))) {
                    liveOut.put(b, out);
                    liveIn.put(b, in);
                    changed = true;
                }
            }
        }

        int[] start = new int[n], end = new int[n];
        java.util.Arrays.fill(start, Integer.MAX_VALUE);
        java.util.Arrays.fill(end, Integer.MIN_VALUE);
        int pos = 0;
        for (Block b : layout) {
            int blockStart = pos, blockEnd = pos + b.insts.size();
            for (int s = liveIn.get(b).nextSetBit(0); s >= 0; s = liveIn.get(b).nextSetBit(s + 1)) cover(start, end, s, blockStart);
            for (int s = liveOut.get(b).nextSetBit(0); s >= 0; s = liveOut.get(b).nextSetBit(s + 1)) cover(start, end, s, blockEnd);
            for (Inst i : b.insts) {
                for (int s : uses(fn, i, addresses)) cover(start, end, s, pos);
                for (int s : defs(fn, i)) cover(start, end, s, pos);
                pos++;
            }
            for (VReg v : DefUse.uses(b.terminator)) for (int s : addresses.getOrDefault(v, Set.of())) cover(start, end, s, pos);
            pos++;
        }
        for (int s = pinned.nextSetBit(0); s >= 0; s = pinned.nextSetBit(s + 1)) { start[s] = 0; end[s] = Integer.MAX_VALUE; }
        return pack(fn, start, end);
    }

    private static void cover(int[] start, int[] end, int s, int p) {
        start[s] = Math.min(start[s], p);
        end[s] = Math.max(end[s], p);
    }

    private static Frame pack(Ir.Function fn, int[] start, int[] end) {
        int n = start.length;
        int[] offset = new int[n], size = new int[n];
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            size[s] = (fn.stackObjects.get(s) + 7) / 8 * 8;
            order.add(s);
        }
        // in order of first use, so that the packing is stable for a given program
        order.sort((a, b) -> start[a] != start[b] ? Integer.compare(start[a], start[b]) : Integer.compare(a, b));
        List<Integer> placed = new ArrayList<>();
        int frame = 0;
        for (int s : order) {
            int off = 0;
            for (boolean moved = true; moved; ) {
                moved = false;
                for (int t : placed) {
                    boolean overlapsInTime = start[s] <= end[t] && start[t] <= end[s];
                    boolean overlapsInSpace = off < offset[t] + size[t] && offset[t] < off + size[s];
                    if (overlapsInTime && overlapsInSpace) {
                        off = offset[t] + size[t];
                        moved = true;
                    }
                }
            }
            offset[s] = off;
            placed.add(s);
            frame = Math.max(frame, off + size[s]);
        }
        List<Integer> offsets = new ArrayList<>();
        for (int s = 0; s < n; s++) offsets.add(-(offset[s] + size[s]));
        return new Frame(offsets, frame);
    }

    /** Which vregs hold which object's address: StackAddr results and their copies; anything unclear pins. */
    private static void followAddresses(List<Block> layout, Map<VReg, Set<Integer>> addresses, BitSet pinned) {
        Map<VReg, Integer> defs = new HashMap<>();
        for (Block b : layout) for (Inst i : b.insts) {
            VReg d = DefUse.def(i);
            if (d != null) defs.merge(d, 1, Integer::sum);
            if (i instanceof Inst.StackAddr a) addresses.computeIfAbsent(a.dst(), k -> new HashSet<>()).add(a.slot());
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Block b : layout) for (Inst i : b.insts) {
                if (i instanceof Inst.Mov m && addresses.containsKey(m.src())
                        && addresses.computeIfAbsent(m.dst(), k -> new HashSet<>()).addAll(addresses.get(m.src()))) changed = true;
            }
        }
        Set<VReg> unclear = new HashSet<>();
        for (Block b : layout) for (Inst i : b.insts) {
            VReg d = DefUse.def(i);
            boolean addressDef = i instanceof Inst.StackAddr || i instanceof Inst.Mov m && addresses.containsKey(m.src());
            // a vreg defined more than once, or by anything but an address, may hold more than one object's address
            if (d != null && addresses.containsKey(d) && (!addressDef || defs.get(d) > 1)) unclear.add(d);
            unclear.addAll(escapes(i, addresses));
        }
        for (VReg v : unclear) for (int s : addresses.getOrDefault(v, Set.of())) pinned.set(s);
    }

    /**
     * Address vregs an instruction lets escape where they cannot be followed: stored to memory, or computed on
     * (an address plus an offset would need the offset's object tracked too). Exhaustive, so a new instruction
     * kind has to say whether it can move an address.
     */
    private static List<VReg> escapes(Inst i, Map<VReg, Set<Integer>> addresses) {
        List<VReg> out = new ArrayList<>();
        switch (i) {
            case Inst.StackStore s -> addIfAddress(s.value(), addresses, out);
            case Inst.Store s -> addIfAddress(s.value(), addresses, out);
            case Inst.StoreField s -> addIfAddress(s.value(), addresses, out);
            case Inst.Alu a -> {
                addIfAddress(a.a(), addresses, out);
                addIfAddress(a.b(), addresses, out);
            }
            case Inst.Neg n -> addIfAddress(n.src(), addresses, out);
            case Inst.Norm n -> addIfAddress(n.src(), addresses, out);
            // copies are followed; calls, loads and field accesses only use the address, they do not keep it
            case Inst.Mov _, Inst.Call _, Inst.Load _, Inst.LoadField _, Inst.CtxArg _, Inst.Const _, Inst.GlobalAddr _,
                 Inst.StackAddr _, Inst.StackLoad _, Inst.Line _ -> { }
        }
        return out;
    }

    private static void addIfAddress(Ir.Operand o, Map<VReg, Set<Integer>> addresses, List<VReg> out) {
        if (o instanceof VReg v && addresses.containsKey(v)) out.add(v);
    }

    private static List<Integer> uses(Ir.Function fn, Inst i, Map<VReg, Set<Integer>> addresses) {
        List<Integer> out = new ArrayList<>();
        switch (i) {
            case Inst.StackLoad l -> out.add(l.slot());
            case Inst.StackStore s when s.size() < fn.stackObjects.get(s.slot()) -> out.add(s.slot());
            default -> { }
        }
        for (VReg v : DefUse.uses(i)) out.addAll(addresses.getOrDefault(v, Set.of()));
        return out;
    }

    private static List<Integer> defs(Ir.Function fn, Inst i) {
        return switch (i) {
            case Inst.StackAddr a -> List.of(a.slot());
            case Inst.StackStore s when s.size() >= fn.stackObjects.get(s.slot()) -> List.of(s.slot());
            default -> List.of();
        };
    }
}
