package org.schedc.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** JSON-RPC as bytes on the wire: requests with any params (null too) and the replies exactly as the server sent them. */
final class RawLspClient implements AutoCloseable {
    private final OutputStream toServer;
    private final Map<Integer, CompletableFuture<JsonObject>> replies = new ConcurrentHashMap<>();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private int nextId = 1;

    RawLspClient() throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream fromServer = new PipedInputStream(1 << 20);
        PipedOutputStream serverOut = new PipedOutputStream(fromServer);
        Thread server = new Thread(() -> exit.complete(SchedcLanguageServer.run(serverIn, serverOut, 0)), "raw-lsp-server");
        server.setDaemon(true);
        server.start();
        Thread reader = new Thread(() -> read(fromServer), "raw-lsp-reader");
        reader.setDaemon(true);
        reader.start();
        request("initialize", JsonParser.parseString("{\"capabilities\":{}}"));
        notify("initialized", JsonParser.parseString("{}"));
    }

    private void read(InputStream in) {
        try {
            while (true) {
                int length = -1;
                String line;
                while (!(line = header(in)).isEmpty()) {
                    if (line.toLowerCase().startsWith("content-length:")) length = Integer.parseInt(line.substring(15).trim());
                }
                byte[] body = in.readNBytes(length);
                JsonObject message = JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
                if (message.has("id") && !message.has("method")) {
                    replies.computeIfAbsent(message.get("id").getAsInt(), k -> new CompletableFuture<>()).complete(message);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the server closed the stream
        }
    }

    private static String header(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') if (c != '\r') line.write(c);
        if (c == -1) throw new IOException("closed");
        return line.toString(StandardCharsets.US_ASCII);
    }

    private synchronized void send(JsonObject message) throws IOException {
        byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
        toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        toServer.write(body);
        toServer.flush();
    }

    /** Sends a request ({@code params} may be JSON null) and returns the whole reply message. */
    JsonObject request(String method, JsonElement params) throws Exception {
        int id;
        synchronized (this) {
            id = nextId++;
        }
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("id", id);
        m.addProperty("method", method);
        m.add("params", params);
        send(m);
        return replies.computeIfAbsent(id, k -> new CompletableFuture<>()).get(30, TimeUnit.SECONDS);
    }

    void notify(String method, JsonElement params) throws IOException {
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("method", method);
        m.add("params", params);
        send(m);
    }

    @Override public void close() throws Exception {
        request("shutdown", com.google.gson.JsonNull.INSTANCE);
        notify("exit", com.google.gson.JsonNull.INSTANCE);
        exit.get(30, TimeUnit.SECONDS);
    }
}
