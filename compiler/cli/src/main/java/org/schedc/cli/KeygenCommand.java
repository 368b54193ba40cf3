package org.schedc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.schedc.sign.SigningKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code schedc keygen KEY}: a new Ed25519 signing key (KEY, private, mode 0600) and its public key (KEY.pub) to trust. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Make an Ed25519 key pair for 'schedc sign': KEY (private, 0600) and KEY.pub (give it to 'run --trust').")
final class KeygenCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KEY", description = "the private key file to create; the public key goes to KEY.pub")
    Path key;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Path pub = key.resolveSibling(key.getFileName() + ".pub");
        for (Path p : List.of(key, pub)) {
            if (Files.exists(p)) {
                err.println(p + ": error[E0004]: exists; keygen never replaces a key");
                return Main.USAGE;
            }
        }
        SigningKey k = SigningKey.generate();
        if (!OutputFiles.writePrivate(key, k.privatePem(), err)) return Main.USAGE;
        if (!OutputFiles.write(pub, k.publicPem(), List.of(key), err)) return Main.USAGE;
        out.println("schedc keygen: " + key + " (private) and " + pub + " (public, key " + k.keyId() + ")");
        return Main.OK;
    }
}
