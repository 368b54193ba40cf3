package org.schedc.diag;

/** A source range: 0-based character offsets [start, end) plus 1-based line/column of both ends. */
public record Span(int start, int end, int line, int column, int endLine, int endColumn) {
    public static final Span NONE = new Span(0, 0, 1, 1, 1, 1);

    /** The smallest span covering both. */
    public Span to(Span other) {
        return start <= other.start
                ? new Span(start, Math.max(end, other.end), line, column,
                        other.end >= end ? other.endLine : endLine, other.end >= end ? other.endColumn : endColumn)
                : other.to(this);
    }
}
