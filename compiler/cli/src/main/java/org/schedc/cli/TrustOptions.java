package org.schedc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.schedc.sign.ObjectSigning;
import org.schedc.sign.SignatureException;
import org.schedc.sign.TrustStore;
import picocli.CommandLine.Option;

/** --trust and --signature, shared by run and upgrade: with --trust only an object signed by a trusted key loads. */
final class TrustOptions {
    @Option(names = "--trust", paramLabel = "CERT|KEYRING", description = "load only an object signed by one of these keys: a PEM file of PUBLIC KEY or CERTIFICATE blocks, or a directory of them (docs/signing.md)")
    Path trust;

    @Option(names = "--signature", paramLabel = "SIG", description = "the object's signature file (default: POLICY.sig beside it)")
    Path signature;

    static final String SOURCE_NOT_SIGNABLE = "E0925";

    /** {@link Main#OK} when loading may go on (no --trust, or the signature checks); else the reason is printed and the exit code returned. */
    int check(String command, Path input, byte[] object, PrintWriter out, PrintWriter err) {
        if (trust == null) return Main.OK;
        try {
            TrustStore store = TrustStore.read(trust);
            Path sig = signature != null ? signature : ObjectSigning.signatureOf(input);
            TrustStore.Trusted by = ObjectSigning.verify(object, input, sig, store);
            out.println("schedc " + command + ": " + input + ": signature by " + by.keyId() + " (" + by.source() + ") verified");
            return Main.OK;
        } catch (SignatureException e) {
            err.println("schedc " + command + ": error[" + e.code() + "]: " + e.getMessage() + "; nothing was loaded");
            return e.exitCode();
        }
    }

    /** A .sched is compiled on the machine: there is nothing signed to check. */
    boolean refusesSource(String command, Path input, PrintWriter err) {
        if (trust == null || !input.toString().endsWith(".sched")) return false;
        err.println("schedc " + command + ": error[" + SOURCE_NOT_SIGNABLE + "]: " + input + ": --trust loads signed objects only; "
                + "compile it (schedc compile), sign the object (schedc sign) and run the .bpf.o");
        return true;
    }
}
