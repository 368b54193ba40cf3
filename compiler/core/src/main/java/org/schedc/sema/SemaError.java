package org.schedc.sema;

import java.util.List;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.Span;

/** A checker error as the catalogues build it; {@link SemaContext#report} adds the file being checked. */
record SemaError(String code, Span span, String message, List<Diagnostic.Related> related) {
    SemaError(String code, Span span, String message) { this(code, span, message, List.of()); }

    /** A related location in the same file as the error. */
    static Diagnostic.Related here(Span span, String message) { return new Diagnostic.Related(null, span, message); }
}
