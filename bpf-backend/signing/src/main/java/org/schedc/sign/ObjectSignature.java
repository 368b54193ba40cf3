package org.schedc.sign;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A detached signature of a whole BPF object, as the text file {@code OBJ.sig} holds it (docs/signing.md):
 * <pre>
 * schedc-signature 1
 * algorithm Ed25519
 * key-id sha256:HEX
 * object-sha256 HEX
 * object-size N
 * signature BASE64
 * </pre>
 * The Ed25519 signature is over the {@link #statement()}: the first five lines, newline-terminated, so the
 * signed bytes bind the object's digest and size to the signer and nothing outside the file needs a canonical form.
 */
public record ObjectSignature(String keyId, byte[] objectSha256, long objectSize, byte[] signature) {
    static final String MAGIC = "schedc-signature 1";
    private static final List<String> FIELDS = List.of("algorithm", "key-id", "object-sha256", "object-size", "signature");

    public byte[] statement() {
        return (MAGIC + "\nalgorithm " + SigningKey.ALGORITHM + "\nkey-id " + keyId + "\nobject-sha256 "
                + HexFormat.of().formatHex(objectSha256) + "\nobject-size " + objectSize + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    public byte[] render() {
        String text = new String(statement(), StandardCharsets.US_ASCII) + "signature " + Base64.getEncoder().encodeToString(signature) + "\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Parses a signature file; {@code source} names it in errors, with the line. */
    public static ObjectSignature parse(byte[] bytes, String source) throws SignatureException {
        String[] lines = new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1);
        if (lines.length == 0 || !lines[0].equals(MAGIC)) throw malformed(source, 1, "expected '" + MAGIC + "' (is this a schedc signature?)");
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() && i == lines.length - 1) break;
            int sp = line.indexOf(' ');
            String field = sp < 0 ? line : line.substring(0, sp);
            int expected = values.size();
            if (expected >= FIELDS.size() || !field.equals(FIELDS.get(expected))) {
                throw malformed(source, i + 1, expected < FIELDS.size() ? "expected the field '" + FIELDS.get(expected) + "'" : "nothing may follow 'signature'");
            }
            values.put(field, sp < 0 ? "" : line.substring(sp + 1));
        }
        if (values.size() < FIELDS.size()) throw malformed(source, lines.length, "the field '" + FIELDS.get(values.size()) + "' is missing");
        int line = 2;
        if (!values.get("algorithm").equals(SigningKey.ALGORITHM)) throw malformed(source, line, "algorithm '" + values.get("algorithm") + "' is not supported (only Ed25519)");
        String keyId = values.get("key-id");
        if (!keyId.matches("sha256:[0-9a-f]{64}")) throw malformed(source, 3, "key-id must be sha256: and 64 lower-case hex digits");
        String digest = values.get("object-sha256");
        if (!digest.matches("[0-9a-f]{64}")) throw malformed(source, 4, "object-sha256 must be 64 lower-case hex digits");
        long size;
        try {
            size = Long.parseLong(values.get("object-size"));
        } catch (NumberFormatException e) {
            throw malformed(source, 5, "object-size must be a number of bytes");
        }
        byte[] sig;
        try {
            sig = Base64.getDecoder().decode(values.get("signature"));
        } catch (IllegalArgumentException e) {
            throw malformed(source, 6, "signature must be base64");
        }
        if (sig.length != 64) throw malformed(source, 6, "an Ed25519 signature has 64 bytes, this one " + sig.length);
        return new ObjectSignature(keyId, HexFormat.of().parseHex(digest), size, sig);
    }

    private static SignatureException malformed(String source, int line, String what) {
        return new SignatureException(SignatureException.MALFORMED, source + ":" + line + ": " + what);
    }
}
