package org.schedc.syntax;

import java.util.ArrayList;
import java.util.List;

/** Decodes the text of a STRING token (quotes included) and finds what is wrong with it. */
final class StringLiteral {
    private StringLiteral() {}

    /** A problem at {@code offset} (chars into the token text) spanning {@code length} chars. */
    record Problem(int offset, int length, String code, String message) {}

    record Decoded(String value, List<Problem> problems) {}

    static Decoded decode(String text) {
        StringBuilder value = new StringBuilder();
        List<Problem> problems = new ArrayList<>();
        int i = 1; // after the opening quote
        boolean closed = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                closed = true;
                break;
            }
            if (c != '\\') {
                value.append(c);
                i++;
                continue;
            }
            if (i + 1 >= text.length()) break; // a lone backslash at the end: unterminated
            char escaped = text.charAt(i + 1);
            switch (escaped) {
                case '"' -> value.append('"');
                case '\\' -> value.append('\\');
                case 'n' -> value.append('\n');
                default -> problems.add(new Problem(i, 2, SyntaxCodes.INVALID_ESCAPE, "unknown escape '\\"
                        + Quoting.printable(String.valueOf(escaped)) + "' in string (use \\\", \\\\ or \\n)"));
            }
            i += 2;
        }
        if (!closed) {
            problems.add(new Problem(0, 1, SyntaxCodes.UNTERMINATED_STRING,
                    "unterminated string: missing closing '\"' on this line"));
        }
        return new Decoded(value.toString(), List.copyOf(problems));
    }
}
