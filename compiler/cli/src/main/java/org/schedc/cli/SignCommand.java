package org.schedc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.schedc.bpf.elf.ElfFormatException;
import org.schedc.bpf.elf.ElfReader;
import org.schedc.sign.ObjectSignature;
import org.schedc.sign.ObjectSigning;
import org.schedc.sign.SignatureException;
import org.schedc.sign.SigningKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code schedc sign --key KEY OBJ}: writes OBJ.sig, an Ed25519 signature over the whole object (docs/signing.md). */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Sign a BPF object: writes OBJ.sig beside it, which 'schedc run --trust' checks before loading.")
final class SignCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OBJ", description = "the BPF object (.bpf.o) to sign")
    Path object;

    @Option(names = "--key", required = true, paramLabel = "KEY", description = "Ed25519 private key, PKCS#8 PEM; its public key in the same file or KEY.pub (schedc keygen writes both)")
    Path key;

    @Option(names = {"-o", "--output"}, paramLabel = "SIG", description = "where the signature goes (default: OBJ.sig)")
    Path output;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Optional<byte[]> bytes = Inputs.readBytes(object, err);
        if (bytes.isEmpty()) return Main.USAGE;
        try {
            ElfReader.read(bytes.get()); // a signature vouches for a BPF object; refuse to sign anything else
        } catch (ElfFormatException e) {
            err.println(object + ": error[E0601]: not a usable BPF object: " + e.getMessage() + "; only BPF objects are signed");
            return Main.USAGE;
        }
        SigningKey signing;
        try {
            signing = SigningKey.read(key);
        } catch (SignatureException e) {
            err.println("schedc sign: error[" + e.code() + "]: " + e.getMessage());
            return e.exitCode();
        }
        ObjectSignature sig = ObjectSigning.sign(bytes.get(), signing);
        Path target = output != null ? output : ObjectSigning.signatureOf(object);
        if (!OutputFiles.write(target, sig.render(), List.of(object, key), err)) return Main.USAGE;
        out.println("schedc sign: " + target + ": " + object + " (" + bytes.get().length + " bytes) signed by " + signing.keyId());
        return Main.OK;
    }
}
