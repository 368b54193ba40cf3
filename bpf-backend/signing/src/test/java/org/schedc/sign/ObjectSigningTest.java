package org.schedc.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign, check, and refuse: every changed byte of the object or of the signature file is caught. */
class ObjectSigningTest {
    private static final SigningKey A = SigningKey.generate(), B = SigningKey.generate();
    private static final Path OBJ = Path.of("p.bpf.o");

    @Property(tries = 200)
    void aSignedObjectVerifiesWithItsKey(@ForAll @Size(max = 4096) byte[] object) throws SignatureException {
        ObjectSignature sig = ObjectSigning.sign(object, A);
        TrustStore.Trusted by = ObjectSigning.verify(object, OBJ, ObjectSignature.parse(sig.render(), "p.sig"), TrustStore.of(List.of(B.publicKey(), A.publicKey())));
        assertEquals(A.keyId(), by.keyId());
    }

    @Property(tries = 200)
    void anyChangedObjectByteIsTampering(@ForAll @Size(min = 1, max = 2048) byte[] object, @ForAll @IntRange(min = 0, max = 2047) int at,
                                         @ForAll @IntRange(min = 1, max = 255) int flip) {
        Assume.that(at < object.length);
        ObjectSignature sig = ObjectSigning.sign(object, A);
        byte[] changed = object.clone();
        changed[at] ^= (byte) flip;
        SignatureException e = assertThrows(SignatureException.class, () -> ObjectSigning.verify(changed, OBJ, sig, TrustStore.of(List.of(A.publicKey()))));
        assertEquals(SignatureException.TAMPERED, e.code());
    }

    @Property(tries = 300)
    void anyChangedSignatureFileByteIsRefused(@ForAll @Size(max = 512) byte[] object, @ForAll @IntRange(min = 0, max = 400) int at,
                                              @ForAll @IntRange(min = 1, max = 127) int flip) {
        byte[] text = ObjectSigning.sign(object, A).render();
        Assume.that(at < text.length);
        byte[] changed = text.clone();
        changed[at] ^= (byte) flip;
        // a flip that keeps the base64 decoding (trailing bits) is the one change that may still verify
        Assume.that(!decodesEqual(text, changed));
        SignatureException e = assertThrows(SignatureException.class, () ->
                ObjectSigning.verify(object, OBJ, ObjectSignature.parse(changed, "p.sig"), TrustStore.of(List.of(A.publicKey()))));
        assertTrue(List.of(SignatureException.MALFORMED, SignatureException.TAMPERED, SignatureException.UNTRUSTED).contains(e.code()), e.code());
    }

    @Test
    void anotherKeyIsUntrustedAndNamed() {
        byte[] object = "object".getBytes(StandardCharsets.US_ASCII);
        ObjectSignature sig = ObjectSigning.sign(object, B);
        SignatureException e = assertThrows(SignatureException.class, () -> ObjectSigning.verify(object, OBJ, sig, TrustStore.of(List.of(A.publicKey()))));
        assertEquals(SignatureException.UNTRUSTED, e.code());
        assertTrue(e.getMessage().contains(B.keyId()), e.getMessage());
        assertEquals(1, e.exitCode());
    }

    @Test
    void aMissingSignatureIsUnsigned(@TempDir Path dir) {
        SignatureException e = assertThrows(SignatureException.class, () ->
                ObjectSigning.verify(new byte[] {1}, OBJ, dir.resolve("p.bpf.o.sig"), TrustStore.of(List.of(A.publicKey()))));
        assertEquals(SignatureException.UNSIGNED, e.code());
    }

    @Test
    void keysRoundTripThroughPemAndKeyringsReadDirectories(@TempDir Path dir) throws IOException, SignatureException {
        Files.write(dir.resolve("a.key"), A.privatePem());
        Files.write(dir.resolve("a.key.pub"), A.publicPem());
        SigningKey read = SigningKey.read(dir.resolve("a.key"));
        assertArrayEquals(A.publicKey().getEncoded(), read.publicKey().getEncoded());
        Path ring = Files.createDirectories(dir.resolve("ring"));
        Files.write(ring.resolve("a.pem"), A.publicPem());
        Files.write(ring.resolve("b.pub"), B.publicPem());
        Files.writeString(ring.resolve("notes.txt"), "not a key");
        TrustStore store = TrustStore.read(ring);
        assertEquals(2, store.size());
        assertTrue(store.find(B.keyId()).isPresent());
    }

    @Test
    void aPublicKeyOfAnotherPairIsRefused(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("a.key"), A.privatePem());
        Files.write(dir.resolve("a.key.pub"), B.publicPem());
        SignatureException e = assertThrows(SignatureException.class, () -> SigningKey.read(dir.resolve("a.key")));
        assertEquals(SignatureException.BAD_KEY, e.code());
        assertEquals(2, e.exitCode());
    }

    @Test
    void anEmptyTrustFileIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t.pem"), "");
        assertEquals(SignatureException.BAD_KEY, assertThrows(SignatureException.class, () -> TrustStore.read(dir.resolve("t.pem"))).code());
    }

    @Test
    void malformedFilesNameTheLine() {
        byte[] text = ObjectSigning.sign(new byte[] {1, 2}, A).render();
        String s = new String(text, StandardCharsets.US_ASCII).replace("object-size 2", "object-size two");
        SignatureException e = assertThrows(SignatureException.class, () -> ObjectSignature.parse(s.getBytes(StandardCharsets.US_ASCII), "p.sig"));
        assertEquals(SignatureException.MALFORMED, e.code());
        assertTrue(e.getMessage().startsWith("p.sig:5: "), e.getMessage());
    }

    private static boolean decodesEqual(byte[] a, byte[] b) {
        try {
            return java.util.Arrays.equals(ObjectSignature.parse(a, "a").signature(), ObjectSignature.parse(b, "b").signature())
                    && java.util.Arrays.equals(ObjectSignature.parse(a, "a").statement(), ObjectSignature.parse(b, "b").statement());
        } catch (SignatureException e) {
            return false;
        }
    }
}
