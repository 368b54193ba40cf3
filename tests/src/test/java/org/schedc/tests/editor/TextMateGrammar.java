package org.schedc.tests.editor;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A minimal TextMate grammar interpreter (match rules with captures, begin/end rules with nested
 * patterns, includes of the repository and $self), line by line as editors run them, with Java regexes.
 * Enough to check what scopes a grammar gives to real files; not a full engine (no backreferences in
 * end patterns, no while rules, no injections).
 */
final class TextMateGrammar {
    /** A grammar construct that Java cannot compile or this interpreter does not support. */
    static final class GrammarException extends RuntimeException {
        GrammarException(String message) { super(message); }
    }

    sealed interface Rule {}
    record Match(String name, Pattern regex, Map<Integer, String> captures) implements Rule {}
    record BeginEnd(String name, Pattern begin, Pattern end, Map<Integer, String> beginCaptures, Map<Integer, String> endCaptures,
                    List<JsonElement> patterns, boolean endLast) implements Rule {}
    record Container(List<JsonElement> patterns) implements Rule {}

    /** The scopes of each character of a line, outermost first. */
    record LineScopes(String line, List<List<String>> scopes) {}

    private final JsonObject root;
    private final JsonObject repository;
    private final String scopeName;
    private final List<String> regexes = new ArrayList<>();

    TextMateGrammar(String json) {
        root = JsonParser.parseString(json).getAsJsonObject();
        repository = root.has("repository") ? root.getAsJsonObject("repository") : new JsonObject();
        scopeName = root.get("scopeName").getAsString();
        // Compile everything up front so a bad regex fails here, not on the first line that reaches it.
        compileAll(root);
    }

    private void compileAll(JsonElement e) {
        if (e.isJsonArray()) e.getAsJsonArray().forEach(this::compileAll);
        if (!e.isJsonObject()) return;
        JsonObject o = e.getAsJsonObject();
        for (String key : List.of("match", "begin", "end", "while")) if (o.has(key)) compile(o.get(key).getAsString());
        for (String key : o.keySet()) if (o.get(key).isJsonObject() || o.get(key).isJsonArray()) compileAll(o.get(key));
    }

    /** Every regex of the grammar (for reporting). */
    List<String> regexes() { return regexes; }

    private final Map<String, Pattern> compiled = new java.util.HashMap<>();

    private Pattern compile(String regex) {
        Pattern known = compiled.get(regex);
        if (known != null) return known;
        try {
            regexes.add(regex);
            Pattern p = Pattern.compile(regex);
            compiled.put(regex, p);
            return p;
        } catch (PatternSyntaxException e) {
            throw new GrammarException("regex does not compile in Java: " + regex + ": " + e.getDescription());
        }
    }

    private Rule rule(JsonElement e) {
        JsonObject o = e.getAsJsonObject();
        if (o.has("include")) {
            String inc = o.get("include").getAsString();
            if (inc.equals("$self")) return new Container(list(root.getAsJsonArray("patterns")));
            if (!inc.startsWith("#") || !repository.has(inc.substring(1))) throw new GrammarException("unknown include " + inc);
            return rule(repository.get(inc.substring(1)));
        }
        if (o.has("while")) throw new GrammarException("while rules are not supported");
        String name = o.has("name") ? o.get("name").getAsString() : null;
        if (o.has("match")) return new Match(name, compile(o.get("match").getAsString()), captures(o, "captures"));
        if (o.has("begin")) {
            if (!o.has("end")) throw new GrammarException("begin without end: " + o.get("begin"));
            Map<Integer, String> both = captures(o, "captures");
            Map<Integer, String> bc = o.has("beginCaptures") ? captures(o, "beginCaptures") : both;
            Map<Integer, String> ec = o.has("endCaptures") ? captures(o, "endCaptures") : both;
            String end = o.get("end").getAsString();
            if (end.matches(".*\\\\[1-9].*")) throw new GrammarException("backreferences in end patterns are not supported: " + end);
            return new BeginEnd(name, compile(o.get("begin").getAsString()), compile(end), bc, ec,
                    o.has("patterns") ? list(o.getAsJsonArray("patterns")) : List.of(),
                    o.has("applyEndPatternLast") && o.get("applyEndPatternLast").getAsInt() == 1);
        }
        if (o.has("patterns")) return new Container(list(o.getAsJsonArray("patterns")));
        throw new GrammarException("rule with neither match, begin nor patterns: " + o);
    }

    private static List<JsonElement> list(JsonArray a) {
        List<JsonElement> out = new ArrayList<>();
        a.forEach(out::add);
        return out;
    }

    private static Map<Integer, String> captures(JsonObject o, String key) {
        Map<Integer, String> out = new TreeMap<>();
        if (!o.has(key)) return out;
        JsonObject c = o.getAsJsonObject(key);
        for (String k : c.keySet()) {
            JsonObject v = c.getAsJsonObject(k);
            if (v.has("name")) out.put(Integer.parseInt(k), v.get("name").getAsString());
        }
        return out;
    }

    /** Match and begin rules reachable from a pattern list, includes expanded, in order. */
    private List<Rule> flatten(List<JsonElement> patterns, int depth) {
        if (depth > 20) throw new GrammarException("include cycle");
        List<Rule> out = new ArrayList<>();
        for (JsonElement p : patterns) {
            Rule r = rule(p);
            if (r instanceof Container c) out.addAll(flatten(c.patterns(), depth + 1));
            else out.add(r);
        }
        return out;
    }

    private record Frame(BeginEnd rule) {}

    /** Tokenizes a whole text line by line, carrying begin/end state across lines as editors do. */
    List<LineScopes> tokenize(String text) {
        List<LineScopes> out = new ArrayList<>();
        List<Frame> stack = new ArrayList<>();
        for (String line : text.split("\n", -1)) out.add(line(line, stack));
        return out;
    }

    private LineScopes line(String line, List<Frame> stack) {
        List<List<String>> scopes = new ArrayList<>();
        for (int i = 0; i < line.length(); i++) scopes.add(null);
        int pos = 0;
        for (int guard = 0; guard < 10_000 && pos <= line.length(); guard++) {
            Frame top = stack.isEmpty() ? null : stack.getLast();
            List<Rule> candidates = flatten(top == null ? list(root.getAsJsonArray("patterns")) : top.rule().patterns(), 0);
            Matcher end = top == null ? null : find(top.rule().end(), line, pos);
            Matcher best = null;
            Rule bestRule = null;
            for (Rule r : candidates) {
                Matcher m = switch (r) {
                    case Match mr -> find(mr.regex(), line, pos);
                    case BeginEnd be -> find(be.begin(), line, pos);
                    case Container c -> null;
                };
                if (m != null && (best == null || m.start() < best.start())) {
                    best = m;
                    bestRule = r;
                }
            }
            boolean endWins = end != null && (best == null || end.start() < best.start()
                    || (end.start() == best.start() && !top.rule().endLast()));
            if (endWins) {
                fill(scopes, pos, end.start(), names(stack));
                fill(scopes, end.start(), end.end(), names(stack));
                captureScopes(scopes, end, names(stack), top.rule().endCaptures());
                stack.removeLast();
                if (end.end() == pos && end.end() >= line.length()) break;
                pos = end.end();
                continue;
            }
            if (best == null) break;
            fill(scopes, pos, best.start(), names(stack));
            List<String> base = names(stack);
            switch (bestRule) {
                case Match mr -> {
                    List<String> s = with(base, mr.name());
                    fill(scopes, best.start(), best.end(), s);
                    captureScopes(scopes, best, s, mr.captures());
                }
                case BeginEnd be -> {
                    stack.add(new Frame(be));
                    List<String> s = names(stack);
                    fill(scopes, best.start(), best.end(), s);
                    captureScopes(scopes, best, s, be.beginCaptures());
                }
                case Container c -> { }
            }
            if (best.end() == best.start()) {
                // A zero-width match must not stall the scan.
                if (best.end() >= line.length()) break;
                fill(scopes, best.end(), best.end() + 1, names(stack));
                pos = best.end() + 1;
            } else pos = best.end();
        }
        fill(scopes, 0, line.length(), names(stack), true);
        return new LineScopes(line, scopes);
    }

    private static Matcher find(Pattern p, String line, int from) {
        if (from > line.length()) return null;
        Matcher m = p.matcher(line);
        m.useTransparentBounds(true).useAnchoringBounds(false).region(from, line.length());
        return m.find() ? m : null;
    }

    private List<String> names(List<Frame> stack) {
        List<String> out = new ArrayList<>();
        out.add(scopeName);
        for (Frame f : stack) if (f.rule().name() != null) out.add(f.rule().name());
        return out;
    }

    private static List<String> with(List<String> base, String name) {
        if (name == null) return base;
        List<String> out = new ArrayList<>(base);
        out.add(name);
        return out;
    }

    private static void fill(List<List<String>> scopes, int from, int to, List<String> s) { fill(scopes, from, to, s, false); }

    /** Sets the scopes of [from, to); with {@code onlyEmpty}, only where nothing was set. */
    private static void fill(List<List<String>> scopes, int from, int to, List<String> s, boolean onlyEmpty) {
        for (int i = Math.max(0, from); i < Math.min(to, scopes.size()); i++) if (!onlyEmpty || scopes.get(i) == null) scopes.set(i, s);
    }

    private static void captureScopes(List<List<String>> scopes, Matcher m, List<String> base, Map<Integer, String> captures) {
        for (Map.Entry<Integer, String> c : captures.entrySet()) {
            if (c.getKey() > m.groupCount() || m.start(c.getKey()) < 0) continue;
            fill(scopes, m.start(c.getKey()), m.end(c.getKey()), with(base, c.getValue()));
        }
    }
}
