package org.schedc.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Bad and unsupported requests get clean JSON-RPC errors on the wire: the right code, no Java exception text in the reply or on stderr. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtocolErrorsTest {
    private static final String STACK_TRACE = "(?s).*(\\bat [\\w$.]+\\(|Exception|java\\.lang\\.).*";

    private RawLspClient lsp;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream realErr;

    @BeforeAll void start() throws Exception {
        realErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        lsp = new RawLspClient();
    }

    @AfterAll void stop() throws Exception {
        lsp.close();
        System.setErr(realErr);
    }

    private static JsonElement json(String s) { return JsonParser.parseString(s); }

    /** The reply's error, asserted to carry no stack trace or exception name anywhere (message, data). */
    private JsonObject error(JsonObject reply) {
        assertTrue(reply.has("error"), reply.toString());
        assertFalse(reply.toString().matches(STACK_TRACE), "Java exception text in " + reply);
        return reply.getAsJsonObject("error");
    }

    private void assertNoTraceOnStderr() {
        String err = stderr.toString(StandardCharsets.UTF_8);
        assertFalse(err.matches("(?s).*\\bat [\\w$.]+\\(.*"), "stack trace on stderr:\n" + err);
    }

    @Test void definitionWithNullParamsIsInvalidParams() throws Exception {
        JsonObject e = error(lsp.request("textDocument/definition", JsonNull.INSTANCE));
        assertEquals(ResponseErrorCode.InvalidParams.getValue(), e.get("code").getAsInt(), e.toString());
        assertFalse(e.has("data") && !e.get("data").isJsonNull(), e.toString());
        assertNoTraceOnStderr();
    }

    @Test void everyPositionRequestWithMissingPartsIsInvalidParams() throws Exception {
        for (String method : List.of("textDocument/hover", "textDocument/completion", "textDocument/definition")) {
            for (String params : List.of("null", "{}", "{\"textDocument\":{}}", "{\"textDocument\":{\"uri\":\"file:///x.sched\"}}")) {
                JsonObject e = error(lsp.request(method, json(params)));
                assertEquals(ResponseErrorCode.InvalidParams.getValue(), e.get("code").getAsInt(), method + " " + params + ": " + e);
            }
        }
        for (String method : List.of("textDocument/documentSymbol", "textDocument/formatting")) {
            JsonObject e = error(lsp.request(method, JsonNull.INSTANCE));
            assertEquals(ResponseErrorCode.InvalidParams.getValue(), e.get("code").getAsInt(), method + ": " + e);
        }
        assertNoTraceOnStderr();
    }

    @Test void unknownMethodIsMethodNotFound() throws Exception {
        JsonObject e = error(lsp.request("schedc/noSuchThing", json("{}")));
        assertEquals(ResponseErrorCode.MethodNotFound.getValue(), e.get("code").getAsInt(), e.toString());
        assertNoTraceOnStderr();
    }

    @Test void unimplementedRequestsAreCleanErrors() throws Exception {
        String doc = "{\"textDocument\":{\"uri\":\"file:///x.sched\"},\"position\":{\"line\":0,\"character\":0},"
                + "\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":0,\"character\":1}},\"options\":{\"tabSize\":2,\"insertSpaces\":true},"
                + "\"context\":{\"includeDeclaration\":true,\"diagnostics\":[]},\"newName\":\"y\",\"ch\":\"}\"}";
        for (String method : List.of("textDocument/references", "textDocument/rangeFormatting", "textDocument/rename", "textDocument/codeAction",
                "textDocument/documentHighlight", "textDocument/onTypeFormatting", "textDocument/foldingRange",
                "workspace/symbol")) {
            JsonObject e = error(lsp.request(method, json(doc)));
            assertEquals(ResponseErrorCode.MethodNotFound.getValue(), e.get("code").getAsInt(), method + ": " + e);
            assertTrue(e.get("message").getAsString().contains(method), method + ": " + e);
        }
        assertNoTraceOnStderr();
    }

    @Test void notificationsWithNullParamsAreIgnoredAndTheServerGoesOn() throws Exception {
        for (String method : List.of("textDocument/didOpen", "textDocument/didChange", "textDocument/didSave", "textDocument/didClose")) {
            lsp.notify(method, JsonNull.INSTANCE);
        }
        JsonObject reply = lsp.request("textDocument/documentSymbol", json("{\"textDocument\":{\"uri\":\"file:///never-opened.sched\"}}"));
        assertTrue(reply.has("result"), reply.toString());
        assertNoTraceOnStderr();
    }
}
