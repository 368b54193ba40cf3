package org.schedc.lsp;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Every failed request becomes a clean JSON-RPC error: the client's mistakes are InvalidParams, a request the
 * server does not implement is MethodNotFound, and a server bug is InternalError with a one-line message. No
 * Java stack trace goes into a reply's {@code data} or to stderr (lsp4j's own default puts it in both).
 */
final class Errors {
    /** Held here: java.util.logging keeps loggers only weakly, and a collected one would lose its handler. */
    private static final Logger LSP4J = Logger.getLogger("org.eclipse.lsp4j");

    private Errors() {}

    static ResponseErrorException invalidParams(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }

    /** The exception handler of the JSON-RPC endpoint. */
    static ResponseError toResponse(Throwable thrown) {
        Throwable t = unwrap(thrown);
        if (t instanceof ResponseErrorException e) return e.getResponseError();
        if (t instanceof UnsupportedOperationException) {
            String method = Requests.current();
            return new ResponseError(ResponseErrorCode.MethodNotFound,
                    (method == null ? "this request" : "'" + method + "'") + " is not supported by the schedc language server", null);
        }
        ServerLog.log("internal error: " + t);
        return new ResponseError(ResponseErrorCode.InternalError, "internal error in the schedc language server (a schedc bug; its log has the details)", null);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable at = t;
        while ((at instanceof CompletionException || at instanceof ExecutionException
                || at instanceof java.lang.reflect.InvocationTargetException) && at.getCause() != null) at = at.getCause();
        return at;
    }

    /** lsp4j logs through java.util.logging with stack traces; its records become one line each in the server's log. */
    static void quietLibraryLogging() {
        LSP4J.setUseParentHandlers(false);
        for (Handler h : LSP4J.getHandlers()) LSP4J.removeHandler(h);
        LSP4J.addHandler(new Handler() {
            @Override public void publish(LogRecord r) {
                if (r.getLevel().intValue() < Level.WARNING.intValue()) return;
                String thrown = r.getThrown() == null ? "" : " (" + unwrap(r.getThrown()) + ")";
                ServerLog.log("lsp4j: " + r.getMessage() + thrown);
            }
            @Override public void flush() { }
            @Override public void close() { }
        });
    }
}
