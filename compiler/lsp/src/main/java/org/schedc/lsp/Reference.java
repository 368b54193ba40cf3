package org.schedc.lsp;

import org.schedc.diag.Span;

/** A use of a name at {@code span} that resolves to {@code target}. */
record Reference(Span span, Declaration target) {}
