package org.schedc.sign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.HexFormat;

/** Signs a whole object, and checks an object against its signature and a trust store before anything is loaded. */
public final class ObjectSigning {
    private ObjectSigning() {}

    /** Where the signature of {@code object} lives unless told otherwise: beside it, {@code OBJ.sig}. */
    public static Path signatureOf(Path object) {
        return object.resolveSibling(object.getFileName() + ".sig");
    }

    public static ObjectSignature sign(byte[] object, SigningKey key) {
        ObjectSignature unsigned = new ObjectSignature(key.keyId(), KeyId.sha256(object), object.length, new byte[0]);
        try {
            Signature s = Signature.getInstance(SigningKey.ALGORITHM);
            s.initSign(key.privateKey());
            s.update(unsigned.statement());
            return new ObjectSignature(key.keyId(), unsigned.objectSha256(), object.length, s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing with a key the JDK decoded", e);
        }
    }

    /** Reads {@code signatureFile} and checks it: the object's bytes are the signed ones, made by a trusted key. */
    public static TrustStore.Trusted verify(byte[] object, Path objectName, Path signatureFile, TrustStore trust) throws SignatureException {
        byte[] text;
        try {
            text = Files.readAllBytes(signatureFile);
        } catch (NoSuchFileException e) {
            throw new SignatureException(SignatureException.UNSIGNED, objectName + ": not signed: " + signatureFile
                    + " does not exist (schedc sign --key KEY " + objectName + " writes it); with --trust only signed objects load");
        } catch (IOException e) {
            throw new SignatureException(SignatureException.UNSIGNED, objectName + ": cannot read its signature " + signatureFile + ": " + e.getMessage());
        }
        return verify(object, objectName, ObjectSignature.parse(text, signatureFile.toString()), trust);
    }

    public static TrustStore.Trusted verify(byte[] object, Path objectName, ObjectSignature sig, TrustStore trust) throws SignatureException {
        byte[] digest = KeyId.sha256(object);
        if (object.length != sig.objectSize() || !MessageDigest.isEqual(digest, sig.objectSha256())) {
            throw new SignatureException(SignatureException.TAMPERED, objectName + ": the object is not the one that was signed ("
                    + object.length + " bytes, sha256 " + HexFormat.of().formatHex(digest) + "; signed: " + sig.objectSize()
                    + " bytes, sha256 " + HexFormat.of().formatHex(sig.objectSha256()) + ")");
        }
        TrustStore.Trusted key = trust.find(sig.keyId()).orElseThrow(() -> new SignatureException(SignatureException.UNTRUSTED,
                objectName + ": signed by key " + sig.keyId() + ", which is not among the " + trust.size() + " trusted keys of " + trust.description()));
        if (!valid(sig, key.key())) {
            throw new SignatureException(SignatureException.UNTRUSTED, objectName + ": the signature does not verify with the trusted key "
                    + sig.keyId() + " (" + key.source() + "): the signature file was altered");
        }
        return key;
    }

    private static boolean valid(ObjectSignature sig, PublicKey key) {
        try {
            Signature v = Signature.getInstance(SigningKey.ALGORITHM);
            v.initVerify(key);
            v.update(sig.statement());
            return v.verify(sig.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
