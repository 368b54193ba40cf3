package org.schedc.sign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The keys {@code --trust} accepts: a PEM file with one or more {@code PUBLIC KEY} or {@code CERTIFICATE} blocks,
 * or a directory (a keyring) whose {@code *.pem}, {@code *.pub} and {@code *.crt} files are read. Certificates
 * count only while valid; every key must be Ed25519. An empty store is an error, not a store that trusts nothing
 * silently.
 */
public final class TrustStore {
    /** A trusted key and where it came from, for messages. */
    public record Trusted(String keyId, PublicKey key, String source) {}

    private final Map<String, Trusted> byId;
    private final String description;

    private TrustStore(Map<String, Trusted> byId, String description) {
        this.byId = byId;
        this.description = description;
    }

    public static TrustStore of(List<PublicKey> keys) {
        Map<String, Trusted> m = new LinkedHashMap<>();
        for (PublicKey k : keys) m.put(KeyId.of(k), new Trusted(KeyId.of(k), k, "given"));
        return new TrustStore(m, keys.size() + " given keys");
    }

    public static TrustStore read(Path path) throws SignatureException {
        Map<String, Trusted> m = new LinkedHashMap<>();
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(path)) {
                files = s.filter(TrustStore::isKeyFile).sorted().toList();
            } catch (IOException e) {
                throw new SignatureException(SignatureException.BAD_KEY, path + ": cannot list the keyring: " + e.getMessage());
            }
            for (Path f : files) readFile(f, m);
        } else {
            readFile(path, m);
        }
        if (m.isEmpty()) throw new SignatureException(SignatureException.BAD_KEY, path + ": no PUBLIC KEY or CERTIFICATE block to trust");
        return new TrustStore(m, path.toString());
    }

    public Optional<Trusted> find(String keyId) {
        return Optional.ofNullable(byId.get(keyId));
    }

    public int size() {
        return byId.size();
    }

    public String description() {
        return description;
    }

    private static boolean isKeyFile(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && (n.endsWith(".pem") || n.endsWith(".pub") || n.endsWith(".crt"));
    }

    private static void readFile(Path file, Map<String, Trusted> into) throws SignatureException {
        for (Pem.Block b : Pem.read(SigningKey.readText(file), file.toString())) {
            PublicKey key = switch (b.label()) {
                case "PUBLIC KEY" -> decodePublic(b.der(), file.toString());
                case "CERTIFICATE" -> certificateKey(b.der(), file);
                default -> null; // private keys and other blocks beside trusted keys are not trust
            };
            if (key != null) into.putIfAbsent(KeyId.of(key), new Trusted(KeyId.of(key), key, file.toString()));
        }
    }

    static PublicKey decodePublic(byte[] der, String source) throws SignatureException {
        try {
            return SigningKey.publicFromSpki(der);
        } catch (GeneralSecurityException e) {
            throw new SignatureException(SignatureException.BAD_KEY, source + ": not an Ed25519 public key (schedc signatures are Ed25519)");
        }
    }

    private static PublicKey certificateKey(byte[] der, Path file) throws SignatureException {
        X509Certificate cert;
        try {
            cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new SignatureException(SignatureException.BAD_KEY, file + ": a CERTIFICATE block that is not an X.509 certificate");
        }
        try {
            cert.checkValidity();
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new SignatureException(SignatureException.BAD_KEY, file + ": the certificate of " + cert.getSubjectX500Principal().getName()
                    + " is valid only from " + cert.getNotBefore().toInstant() + " to " + cert.getNotAfter().toInstant());
        }
        return decodePublic(cert.getPublicKey().getEncoded(), file + " (" + cert.getSubjectX500Principal().getName() + ")");
    }
}
