package org.schedc.sign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;

/**
 * An Ed25519 key pair to sign with: the private key as PKCS#8 PEM ({@code openssl genpkey -algorithm ed25519}
 * writes it) and its public key as SubjectPublicKeyInfo PEM, either in the same file or in {@code KEY.pub}
 * ({@code openssl pkey -in KEY -pubout}). The public key names the signer (its {@link KeyId}); the JDK cannot
 * derive it from a PKCS#8 Ed25519 key, so it must be given, and {@link #read} checks that the two belong together.
 */
public record SigningKey(PrivateKey privateKey, PublicKey publicKey) {
    static final String ALGORITHM = "Ed25519";

    public String keyId() {
        return KeyId.of(publicKey);
    }

    /** A fresh key pair (schedc keygen). */
    public static SigningKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new SigningKey(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK since 15 has Ed25519", e);
        }
    }

    public byte[] privatePem() {
        return Pem.write("PRIVATE KEY", privateKey.getEncoded());
    }

    public byte[] publicPem() {
        return Pem.write("PUBLIC KEY", publicKey.getEncoded());
    }

    public static SigningKey read(Path key) throws SignatureException {
        List<Pem.Block> blocks = Pem.read(readText(key), key.toString());
        Pem.Block priv = blocks.stream().filter(b -> b.label().equals("PRIVATE KEY")).findFirst().orElseThrow(() ->
                new SignatureException(SignatureException.BAD_KEY, key + ": no '-----BEGIN PRIVATE KEY-----' block (an Ed25519 key in PKCS#8 PEM: openssl genpkey -algorithm ed25519)"));
        PrivateKey privateKey = decodePrivate(priv.der(), key);
        Path pub = key.resolveSibling(key.getFileName() + ".pub");
        Pem.Block pubBlock = blocks.stream().filter(b -> b.label().equals("PUBLIC KEY")).findFirst().orElse(null);
        if (pubBlock == null && Files.exists(pub)) {
            pubBlock = Pem.read(readText(pub), pub.toString()).stream().filter(b -> b.label().equals("PUBLIC KEY")).findFirst().orElse(null);
        }
        if (pubBlock == null) {
            throw new SignatureException(SignatureException.BAD_KEY, key + ": the public key is needed to name the signer: put it in " + pub
                    + " (openssl pkey -in " + key + " -pubout -out " + pub + ")");
        }
        PublicKey publicKey = TrustStore.decodePublic(pubBlock.der(), pub.toString());
        SigningKey k = new SigningKey(privateKey, publicKey);
        if (!k.matches()) throw new SignatureException(SignatureException.BAD_KEY, key + ": the public key " + k.keyId() + " does not belong to this private key");
        return k;
    }

    /** The pair signs and verifies a probe: the same sign and verify paths as objects go through. */
    private boolean matches() {
        byte[] probe = "schedc key pair check".getBytes(StandardCharsets.US_ASCII);
        try {
            ObjectSigning.verify(probe, Path.of("probe"), ObjectSigning.sign(probe, this), TrustStore.of(List.of(publicKey)));
            return true;
        } catch (SignatureException e) {
            return false;
        }
    }

    private static PrivateKey decodePrivate(byte[] der, Path source) throws SignatureException {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new SignatureException(SignatureException.BAD_KEY, source + ": not an Ed25519 private key (schedc signs with Ed25519 only)");
        }
    }

    static String readText(Path path) throws SignatureException {
        try {
            return new String(Files.readAllBytes(path), StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new SignatureException(SignatureException.BAD_KEY, path + ": no such file");
        } catch (IOException e) {
            throw new SignatureException(SignatureException.BAD_KEY, path + ": cannot read: " + e.getMessage());
        }
    }

    static PublicKey publicFromSpki(byte[] der) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
    }
}
