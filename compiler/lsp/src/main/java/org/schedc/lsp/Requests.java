package org.schedc.lsp;

import java.util.function.Function;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;

/**
 * Request parameters checked before use (a missing part is the client's error, answered InvalidParams), and
 * the method of the request being dispatched, so an unimplemented one can be named in its error.
 */
final class Requests {
    /** lsp4j dispatches a request to the service on the thread that read it; the service's default methods throw there. */
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Requests() {}

    static String current() { return CURRENT.get(); }

    /** Wraps the consumer of incoming messages so {@link #current()} names the request while it is dispatched. */
    static MessageConsumer naming(MessageConsumer incoming) {
        return (Message message) -> {
            if (!(message instanceof RequestMessage request)) {
                incoming.consume(message);
                return;
            }
            CURRENT.set(request.getMethod());
            try {
                incoming.consume(message);
            } finally {
                CURRENT.remove();
            }
        };
    }

    static <P> String uri(P params, Function<P, TextDocumentIdentifier> document) {
        if (params == null) throw Errors.invalidParams("missing params");
        TextDocumentIdentifier id = document.apply(params);
        if (id == null || id.getUri() == null) throw Errors.invalidParams("missing textDocument.uri");
        return id.getUri();
    }

    static <P> Position position(P params, Function<P, Position> position) {
        Position p = position.apply(params);
        if (p == null) throw Errors.invalidParams("missing position");
        return p;
    }
}
