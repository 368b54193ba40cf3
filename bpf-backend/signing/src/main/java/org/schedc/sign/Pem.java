package org.schedc.sign;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** RFC 7468 text encoding: the blocks of a PEM file, and one block written back. */
final class Pem {
    private Pem() {}

    record Block(String label, byte[] der) {}

    static List<Block> read(String text, String source) throws SignatureException {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("-----BEGIN ") || !line.endsWith("-----")) continue;
            String label = line.substring(11, line.length() - 5);
            StringBuilder body = new StringBuilder();
            int begin = i;
            for (i++; i < lines.length && !lines[i].strip().equals("-----END " + label + "-----"); i++) body.append(lines[i].strip());
            if (i == lines.length) throw new SignatureException(SignatureException.BAD_KEY, source + ":" + (begin + 1) + ": '" + line + "' has no END line");
            try {
                blocks.add(new Block(label, Base64.getMimeDecoder().decode(body.toString())));
            } catch (IllegalArgumentException e) {
                throw new SignatureException(SignatureException.BAD_KEY, source + ":" + (begin + 2) + ": the " + label + " block is not base64");
            }
        }
        return blocks;
    }

    static byte[] write(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return ("-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n").getBytes(StandardCharsets.US_ASCII);
    }
}
