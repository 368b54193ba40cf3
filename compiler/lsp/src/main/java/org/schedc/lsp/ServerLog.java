package org.schedc.lsp;

/** The server's log: stderr only, because stdout carries the protocol. */
final class ServerLog {
    private ServerLog() {}

    static void log(String message) {
        System.err.println("schedc lsp: " + message);
        System.err.flush();
    }
}
