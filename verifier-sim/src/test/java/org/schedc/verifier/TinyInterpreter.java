package org.schedc.verifier;

import org.schedc.bpf.insn.Insn;

/** Concrete execution of straight-line BPF ALU code (the test oracle; written independently of the simulator). */
final class TinyInterpreter {
    private TinyInterpreter() {}

    static void run(long[] regs, Iterable<Insn> code) {
        for (Insn i : code) step(regs, i);
    }

    static void step(long[] r, Insn i) {
        int code = i.opcode();
        boolean is64 = (code & 7) == 7;
        boolean x = (code & 8) != 0;
        int op = code & 0xf0;
        long src = x ? r[i.src()] : (is64 ? (long) i.imm() : i.imm() & 0xffffffffL);
        long dst = r[i.dst()];
        long res;
        if (is64) {
            res = switch (op) {
                case 0x00 -> dst + src;
                case 0x10 -> dst - src;
                case 0x20 -> dst * src;
                case 0x30 -> i.off() == 1 ? (src == 0 ? 0 : src == -1 ? -dst : dst / src) : (src == 0 ? 0 : Long.divideUnsigned(dst, src));
                case 0x40 -> dst | src;
                case 0x50 -> dst & src;
                case 0x60 -> dst << (src & 63);
                case 0x70 -> dst >>> (src & 63);
                case 0x80 -> -dst;
                case 0x90 -> i.off() == 1 ? (src == 0 ? dst : src == -1 ? 0 : dst % src) : (src == 0 ? dst : Long.remainderUnsigned(dst, src));
                case 0xa0 -> dst ^ src;
                case 0xb0 -> i.off() == 0 ? src : switch (i.off()) { case 8 -> (long) (byte) src; case 16 -> (long) (short) src; default -> (long) (int) src; };
                case 0xc0 -> dst >> (src & 63);
                case 0xd0 -> swap(dst, i.imm());
                default -> throw new IllegalArgumentException("not ALU: " + i);
            };
        } else {
            int d = (int) dst, s = (int) src;
            int v = switch (op) {
                case 0x00 -> d + s;
                case 0x10 -> d - s;
                case 0x20 -> d * s;
                case 0x30 -> i.off() == 1 ? (s == 0 ? 0 : s == -1 ? -d : d / s) : (s == 0 ? 0 : Integer.divideUnsigned(d, s));
                case 0x40 -> d | s;
                case 0x50 -> d & s;
                case 0x60 -> d << (s & 31);
                case 0x70 -> d >>> (s & 31);
                case 0x80 -> -d;
                case 0x90 -> i.off() == 1 ? (s == 0 ? d : s == -1 ? 0 : d % s) : (s == 0 ? d : Integer.remainderUnsigned(d, s));
                case 0xa0 -> d ^ s;
                case 0xb0 -> i.off() == 0 ? s : i.off() == 8 ? (byte) s : (short) s;
                case 0xc0 -> d >> (s & 31);
                case 0xd0 -> (int) (x ? swap(dst, i.imm()) : trunc(dst, i.imm()));
                default -> throw new IllegalArgumentException("not ALU: " + i);
            };
            res = op == 0xd0 ? (x ? swap(dst, i.imm()) : trunc(dst, i.imm())) : v & 0xffffffffL;
        }
        r[i.dst()] = res;
    }

    private static long trunc(long v, int bits) { return bits == 64 ? v : v & ((1L << bits) - 1); }

    private static long swap(long v, int bits) {
        return switch (bits) {
            case 16 -> Short.reverseBytes((short) v) & 0xffffL;
            case 32 -> Integer.reverseBytes((int) v) & 0xffffffffL;
            default -> Long.reverseBytes(v);
        };
    }
}
