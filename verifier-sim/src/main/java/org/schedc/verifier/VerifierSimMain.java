package org.schedc.verifier;

import org.schedc.bpf.link.*;
import java.nio.file.Files;
import java.nio.file.Path;
import org.schedc.bpf.btf.BtfReader;

/** Debug entry point: {@code VerifierSimMain <object.bpf.o> <kernel.btf> [-v]}; exit status 0 accepted, 1 rejected, 2 bad input. */
public final class VerifierSimMain {
    private VerifierSimMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: VerifierSimMain <object.bpf.o> <kernel.btf> [-v]");
            System.exit(2);
        }
        boolean verbose = args.length > 2 && args[2].equals("-v");
        try {
            VerifyReport r = VerifierSim.verify(Files.readAllBytes(Path.of(args[0])), BtfReader.read(Files.readAllBytes(Path.of(args[1]))),
                    Path.of(args[1]).getFileName().toString(), Options.defaults().withVerbose(verbose));
            System.out.print(ReportText.format(r, verbose));
            System.exit(r.accepted() ? 0 : 1);
        } catch (ObjectFormatException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }
}
