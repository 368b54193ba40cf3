package org.schedc.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.schedc.sign.ObjectSigning;
import org.schedc.sign.SigningKey;

/**
 * The signed-object inputs of the schedc_run scenario, beside old.bpf.o and same.bpf.o in DIR: both signed by
 * {@link #TRUSTED} (trust.pem), another key's public half (other.pem), an unsigned copy and a tampered one (one
 * byte of the code changed after signing, the signature kept).
 */
final class SignedObjects {
    static final SigningKey TRUSTED = SigningKey.generate(), OTHER = SigningKey.generate();

    private SignedObjects() {}

    static void write(Path dir) throws IOException {
        byte[] old = Files.readAllBytes(dir.resolve("old.bpf.o"));
        for (String n : new String[] {"old.bpf.o", "same.bpf.o"}) {
            Files.write(ObjectSigning.signatureOf(dir.resolve(n)), ObjectSigning.sign(Files.readAllBytes(dir.resolve(n)), TRUSTED).render());
        }
        Files.write(dir.resolve("trust.pem"), TRUSTED.publicPem());
        Files.write(dir.resolve("other.pem"), OTHER.publicPem());
        Files.write(dir.resolve("unsigned.bpf.o"), old);
        byte[] tampered = old.clone();
        tampered[tampered.length / 2] ^= 0x01;
        Files.write(dir.resolve("tampered.bpf.o"), tampered);
        Files.write(ObjectSigning.signatureOf(dir.resolve("tampered.bpf.o")), ObjectSigning.sign(old, TRUSTED).render());
    }
}
