package org.schedc.diag;

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
