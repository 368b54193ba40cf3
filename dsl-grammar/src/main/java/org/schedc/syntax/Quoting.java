package org.schedc.syntax;

/** Shows source text inside messages: short, one line, no control characters. */
final class Quoting {
    private Quoting() {}

    private static final int MAX = 24;

    static String clip(String text) {
        String shown = printable(text);
        return shown.length() <= MAX ? shown : shown.substring(0, MAX) + "...";
    }

    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp >= 0x20 && cp < 0x7f) out.appendCodePoint(cp);
            else if (cp == '\n') out.append("\\n");
            else if (cp == '\t') out.append("\\t");
            else out.append(String.format("\\u{%x}", cp));
        });
        return out.toString();
    }
}
