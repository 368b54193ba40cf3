package org.schedc.syntax;

/**
 * Converts ANTLR character indexes (code points) to {@link org.schedc.diag.SourceFile} offsets
 * (UTF-16 chars). They differ only after a character outside the Basic Multilingual Plane.
 */
final class OffsetMap {
    private final int[] charOffsetOfCodePoint; // null when the two coincide
    private final int length;

    OffsetMap(String text) {
        length = text.length();
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            charOffsetOfCodePoint = null;
            return;
        }
        charOffsetOfCodePoint = new int[codePoints + 1];
        int offset = 0;
        for (int i = 0; i < codePoints; i++) {
            charOffsetOfCodePoint[i] = offset;
            offset += Character.charCount(text.codePointAt(offset));
        }
        charOffsetOfCodePoint[codePoints] = offset;
    }

    int charOffset(int codePointIndex) {
        if (codePointIndex <= 0) return 0;
        if (charOffsetOfCodePoint == null) return Math.min(codePointIndex, length);
        return charOffsetOfCodePoint[Math.min(codePointIndex, charOffsetOfCodePoint.length - 1)];
    }
}
