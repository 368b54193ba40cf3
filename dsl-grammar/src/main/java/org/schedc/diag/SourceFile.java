package org.schedc.diag;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The text of one input file, with a line index for carets and LSP positions. */
public final class SourceFile {
    private final String path;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(String path, String text) {
        this.path = path;
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') starts.add(i + 1);
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Policy text is UTF-8: anything else would silently change string literals and positions. */
    public static SourceFile fromUtf8(String path, byte[] bytes) throws NotUtf8 {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never decodes to more chars than bytes
        CoderResult r = strict.decode(in, out, true);
        if (!r.isError()) r = strict.flush(out);
        if (!r.isError()) return new SourceFile(path, out.flip().toString());
        int badChar = out.position(), badByte = in.position();
        // The shown text has U+FFFD for undecodable bytes, so the caret line still reads sensibly.
        SourceFile shown = new SourceFile(path, new String(bytes, StandardCharsets.UTF_8));
        throw new NotUtf8(shown, shown.span(badChar, badChar + 1), badByte, bytes[badByte] & 0xff);
    }

    /** A file that is not UTF-8: where the first undecodable byte is, in a replacement-decoded view of it. */
    public static final class NotUtf8 extends Exception {
        private final transient SourceFile shown;
        private final Span at;
        private final int byteOffset, byteValue;

        NotUtf8(SourceFile shown, Span at, int byteOffset, int byteValue) {
            super(String.format("not UTF-8 text: byte 0x%02X (file offset %d) is not valid UTF-8; save the file as UTF-8", byteValue, byteOffset));
            this.shown = shown;
            this.at = at;
            this.byteOffset = byteOffset;
            this.byteValue = byteValue;
        }

        public SourceFile shown() { return shown; }
        public Span at() { return at; }
        public int byteOffset() { return byteOffset; }
        public int byteValue() { return byteValue; }
    }

    public String path() { return path; }
    public String text() { return text; }
    public int lineCount() { return lineStarts.length; }

    /** The text of a 1-based line without its line terminator; empty when out of range. */
    public String lineText(int line) {
        if (line < 1 || line > lineStarts.length) return "";
        int from = lineStarts[line - 1];
        int to = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (to > from && text.charAt(to - 1) == '\r') to--;
        return text.substring(from, Math.max(from, to));
    }

    /** 0-based offset of a 1-based line and column (clamped to the text). */
    public int offsetOf(int line, int column) {
        if (line < 1) return 0;
        if (line > lineStarts.length) return text.length();
        return Math.min(text.length(), lineStarts[line - 1] + Math.max(0, column - 1));
    }

    /** 1-based line of a 0-based offset. */
    public int lineOf(int offset) {
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return lo + 1;
    }

    /** 1-based column of a 0-based offset. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    public Span span(int startOffset, int endOffset) {
        int s = Math.max(0, Math.min(startOffset, text.length()));
        int e = Math.max(s, Math.min(endOffset, text.length()));
        return new Span(s, e, lineOf(s), columnOf(s), lineOf(e), columnOf(e));
    }
}
