package org.schedc.lsp;

import org.schedc.diag.Span;

/**
 * A name declared in a policy: {@code nameSpan} is the identifier, {@code span} the whole
 * declaration (for document symbols), {@code node} the AST node that declares it.
 */
record Declaration(String name, Kind kind, Span nameSpan, Span span, Object node) {
    enum Kind { CONST, QUEUE, GLOBAL, FUNCTION, HANDLER, PARAMETER, LOCAL, LOOP_VARIABLE, TAG, COUNTER, STATE_FIELD }
}
