package org.schedc.bpf.link;

/** Source position from .BTF.ext line_info; {@code lineText} may be empty. */
public record SourceLocation(String file, int line, int column, String lineText) {
    @Override
    public String toString() { return file + ":" + line + ":" + column; }
}
