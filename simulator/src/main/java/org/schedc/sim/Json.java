package org.schedc.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) that remembers each value's line:column, so workload errors point into the
 * file. Values: {@link Obj} (keys in file order), {@link Arr}, {@link Str}, {@link Num}, {@link Bool}, {@link Null}.
 */
final class Json {
    sealed interface Value permits Obj, Arr, Str, Num, Bool, Null {
        int line();
        int col();
    }

    record Obj(Map<String, Value> members, Map<String, int[]> keyPos, int line, int col) implements Value {}
    record Arr(List<Value> items, int line, int col) implements Value {}
    record Str(String s, int line, int col) implements Value {}
    record Num(double v, String text, int line, int col) implements Value {}
    record Bool(boolean v, int line, int col) implements Value {}
    record Null(int line, int col) implements Value {}

    /** A syntax error at line:col (1-based). */
    static final class JsonError extends Exception {
        final int line, col;

        JsonError(int line, int col, String message) {
            super(message);
            this.line = line;
            this.col = col;
        }
    }

    private final String s;
    private int i, line = 1, lineStart;

    private Json(String s) { this.s = s; }

    static Value parse(String text) throws JsonError {
        Json j = new Json(text);
        j.ws();
        Value v = j.value();
        j.ws();
        if (j.i < text.length()) throw j.error("unexpected text after the JSON value");
        return v;
    }

    private int col() { return i - lineStart + 1; }

    private JsonError error(String m) { return new JsonError(line, col(), m); }

    private void ws() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') { line++; lineStart = i + 1; }
            else if (c != ' ' && c != '\t' && c != '\r') return;
            i++;
        }
    }

    private Value value() throws JsonError {
        if (i >= s.length()) throw error("unexpected end of input, expected a value");
        int l = line, c = col();
        char ch = s.charAt(i);
        return switch (ch) {
            case '{' -> object(l, c);
            case '[' -> array(l, c);
            case '"' -> new Str(string(), l, c);
            case 't' -> { word("true"); yield new Bool(true, l, c); }
            case 'f' -> { word("false"); yield new Bool(false, l, c); }
            case 'n' -> { word("null"); yield new Null(l, c); }
            default -> {
                if (ch == '-' || ch >= '0' && ch <= '9') yield number(l, c);
                throw error("unexpected character '" + ch + "', expected a value");
            }
        };
    }

    private void word(String w) throws JsonError {
        if (!s.startsWith(w, i)) throw error("unexpected character '" + s.charAt(i) + "', expected a value");
        i += w.length();
    }

    private Value number(int l, int c) throws JsonError {
        int st = i;
        if (s.charAt(i) == '-') i++;
        int digits = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        if (i == digits) throw error("a number needs digits");
        if (i < s.length() && s.charAt(i) == '.') { i++; int f = i; while (i < s.length() && Character.isDigit(s.charAt(i))) i++; if (f == i) throw error("digits expected after '.'"); }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int e = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
            if (e == i) throw error("digits expected in the exponent");
        }
        String t = s.substring(st, i);
        return new Num(Double.parseDouble(t), t, l, c);
    }

    private String string() throws JsonError {
        i++;
        StringBuilder b = new StringBuilder();
        while (true) {
            if (i >= s.length()) throw error("unterminated string");
            char c = s.charAt(i++);
            if (c == '"') return b.toString();
            if (c == '\n' || c < 0x20) { i--; throw error("control character in a string"); }
            if (c != '\\') { b.append(c); continue; }
            if (i >= s.length()) throw error("unterminated string");
            char e = s.charAt(i++);
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (i + 4 > s.length()) throw error("bad \\u escape");
                    try { b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); } catch (NumberFormatException x) { throw error("bad \\u escape"); }
                    i += 4;
                }
                default -> { i--; throw error("bad escape '\\" + e + "'"); }
            }
        }
    }

    private Value object(int l, int c) throws JsonError {
        i++;
        Map<String, Value> m = new LinkedHashMap<>();
        Map<String, int[]> pos = new LinkedHashMap<>();
        ws();
        if (i < s.length() && s.charAt(i) == '}') { i++; return new Obj(m, pos, l, c); }
        while (true) {
            ws();
            if (i >= s.length() || s.charAt(i) != '"') throw error("expected a member name in double quotes");
            int kl = line, kc = col();
            String k = string();
            if (m.containsKey(k)) throw new JsonError(kl, kc, "duplicate key \"" + k + "\"");
            ws();
            if (i >= s.length() || s.charAt(i) != ':') throw error("expected ':' after the member name");
            i++;
            ws();
            m.put(k, value());
            pos.put(k, new int[] {kl, kc});
            ws();
            if (i < s.length() && s.charAt(i) == ',') { i++; continue; }
            if (i < s.length() && s.charAt(i) == '}') { i++; return new Obj(m, pos, l, c); }
            throw error("expected ',' or '}' in an object");
        }
    }

    private Value array(int l, int c) throws JsonError {
        i++;
        List<Value> items = new ArrayList<>();
        ws();
        if (i < s.length() && s.charAt(i) == ']') { i++; return new Arr(items, l, c); }
        while (true) {
            ws();
            items.add(value());
            ws();
            if (i < s.length() && s.charAt(i) == ',') { i++; continue; }
            if (i < s.length() && s.charAt(i) == ']') { i++; return new Arr(items, l, c); }
            throw error("expected ',' or ']' in an array");
        }
    }

    static String quote(String v) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> { if (c < 0x20) b.append(String.format("\\u%04x", (int) c)); else b.append(c); }
            }
        }
        return b.append('"').toString();
    }
}
