package org.schedc.sign;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.HexFormat;

/** A public key's name in signatures and messages: SHA-256 of its X.509 SubjectPublicKeyInfo encoding. */
public final class KeyId {
    private KeyId() {}

    public static String of(PublicKey key) {
        return "sha256:" + HexFormat.of().formatHex(sha256(key.getEncoded()));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
