package org.schedc.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.DynamicTest;
import org.schedc.grammar.SchedcLexer;
import org.schedc.grammar.SchedcParser;
import org.schedc.kernel.HarnessFiles;

/**
 * The VS Code TextMate grammar against every example and library policy: its regexes compile in Java
 * (the subset Java and Oniguruma share), every keyword the parser sees in keyword position gets a keyword
 * scope, and comment/string scopes cover exactly the comments and strings the real lexer finds, so
 * nothing leaks across lines.
 */
class TextMateGrammarTest {
    private static final Path GRAMMAR = HarnessFiles.repoRoot().resolve("editors/vscode/syntaxes/schedc.tmLanguage.json");

    private static TextMateGrammar grammar() throws IOException { return new TextMateGrammar(Files.readString(GRAMMAR)); }

    static List<Path> policies() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("examples", "stdlib/src/main/sched")) {
            try (Stream<Path> s = Files.list(HarnessFiles.repoRoot().resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".sched")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** The language's words: every lexer literal made of letters. */
    static Set<Integer> keywordTokenTypes() {
        Set<Integer> out = new java.util.HashSet<>();
        for (int t = 1; t <= SchedcLexer.VOCABULARY.getMaxTokenType(); t++) {
            String lit = SchedcLexer.VOCABULARY.getLiteralName(t);
            if (lit != null && lit.matches("'[a-z_]{2,}'")) out.add(t);
        }
        return out;
    }

    @Test void everyRegexCompilesInJava() throws IOException {
        TextMateGrammar g = grammar();
        assertTrue(g.regexes().size() > 20, "the grammar has its rules");
    }

    @Test void aBadRegexIsReported() {
        String bad = "{\"scopeName\":\"x\",\"patterns\":[{\"name\":\"k\",\"match\":\"(unclosed\"}]}";
        assertThrows(TextMateGrammar.GrammarException.class, () -> new TextMateGrammar(bad));
    }

    @Test void theKeywordListFollowsTheLexer() {
        Set<String> words = new java.util.HashSet<>();
        for (int t : keywordTokenTypes()) words.add(SchedcLexer.VOCABULARY.getLiteralName(t).replace("'", ""));
        assertTrue(words.containsAll(List.of("policy", "insert", "into", "slice", "vtime", "move", "timeout", "local_on")), words.toString());
    }

    @TestFactory List<DynamicTest> keywordsAndCommentsOfEveryPolicy() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : policies()) tests.add(DynamicTest.dynamicTest(HarnessFiles.repoRoot().relativize(p).toString(), () -> check(p)));
        assertFalse(tests.isEmpty());
        return tests;
    }

    private static void check(Path file) throws IOException {
        String text = Files.readString(file);
        List<TextMateGrammar.LineScopes> lines = grammar().tokenize(text);
        int[] lineStarts = lineStarts(text);
        List<String> problems = new ArrayList<>();

        SchedcLexer lexer = new SchedcLexer(CharStreams.fromString(text));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        SchedcParser parser = new SchedcParser(tokens);
        List<String> syntax = new ArrayList<>();
        parser.removeErrorListeners();
        parser.addErrorListener(new BaseErrorListener() {
            @Override public void syntaxError(Recognizer<?, ?> r, Object o, int line, int col, String msg, RecognitionException e) {
                syntax.add(line + ":" + col + " " + msg);
            }
        });
        SchedcParser.PolicyFileContext tree = parser.policyFile();
        assertEquals(List.of(), syntax, "the test needs policies that parse: " + file);

        // Keywords where the grammar uses them as keywords (not as names: soft keywords, field names).
        Set<Integer> keywordTypes = keywordTokenTypes();
        List<TerminalNode> terminals = new ArrayList<>();
        collectTerminals(tree, terminals);
        for (TerminalNode node : terminals) {
            Token t = node.getSymbol();
            if (!keywordTypes.contains(t.getType())) continue;
            ParserRuleContext parent = (ParserRuleContext) node.getParent();
            if (parent instanceof SchedcParser.IdentContext || parent instanceof SchedcParser.FieldNameContext) continue;
            List<String> scopes = scopesAt(lines, t.getLine() - 1, t.getCharPositionInLine());
            boolean keyword = scopes.stream().anyMatch(s -> s.startsWith("keyword.") || s.startsWith("constant.language."));
            if (!keyword) problems.add(t.getLine() + ":" + (t.getCharPositionInLine() + 1) + " keyword '" + t.getText() + "' has scopes " + scopes);
        }

        // Comment and string scopes exactly where the lexer has comments and strings.
        boolean[] commentOrString = new boolean[text.length()];
        tokens.fill();
        for (Token t : tokens.getTokens()) {
            boolean cs = t.getType() == SchedcLexer.LINE_COMMENT || t.getType() == SchedcLexer.BLOCK_COMMENT
                    || t.getType() == SchedcLexer.UNTERMINATED_COMMENT || t.getType() == SchedcLexer.STRING;
            if (cs) for (int i = t.getStartIndex(); i <= t.getStopIndex() && i < text.length(); i++) commentOrString[i] = true;
        }
        for (int l = 0; l < lines.size(); l++) {
            TextMateGrammar.LineScopes line = lines.get(l);
            for (int c = 0; c < line.line().length(); c++) {
                int offset = lineStarts[l] + c;
                if (Character.isWhitespace(text.charAt(offset)) && !commentOrString[offset]) continue;
                boolean scoped = line.scopes().get(c).stream().anyMatch(s -> s.startsWith("comment.") || s.startsWith("string."));
                if (scoped != commentOrString[offset]) {
                    problems.add((l + 1) + ":" + (c + 1) + (scoped ? " comment/string scope outside a comment or string" : " comment or string without its scope")
                            + ": " + line.line().strip());
                    break;
                }
            }
        }
        assertEquals(List.of(), problems, file.toString());
    }

    private static void collectTerminals(ParseTree tree, List<TerminalNode> out) {
        if (tree instanceof TerminalNode t) {
            out.add(t);
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) collectTerminals(tree.getChild(i), out);
    }

    private static List<String> scopesAt(List<TextMateGrammar.LineScopes> lines, int line, int column) {
        return lines.get(line).scopes().get(column);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test void stringsEndWithTheirLine() throws IOException {
        List<TextMateGrammar.LineScopes> lines = grammar().tokenize("error(\"unterminated\nlet x = 1\n");
        assertTrue(lines.get(1).scopes().get(0).stream().noneMatch(s -> s.startsWith("string.")), lines.get(1).scopes().get(0).toString());
    }

    @Test void blockCommentsSpanLinesAndEnd() throws IOException {
        List<TextMateGrammar.LineScopes> lines = grammar().tokenize("/* a\nb */ let x = 1\n");
        assertTrue(lines.get(1).scopes().get(0).contains("comment.block.schedc"));
        assertTrue(lines.get(1).scopes().get(5).stream().anyMatch(s -> s.startsWith("keyword.")), lines.get(1).scopes().get(5).toString());
    }

    @Test void softKeywordsAreNamesOutsideTheirPositions() throws IOException {
        List<TextMateGrammar.LineScopes> lines = grammar().tokenize("  vtime = vtime_now\n  insert p into q slice s vtime vtime\n  timeout 5s\n");
        assertTrue(lines.get(0).scopes().get(2).stream().noneMatch(s -> s.startsWith("keyword.")), "an assigned local named vtime");
        String insert = lines.get(1).line();
        int clause = insert.indexOf("vtime");
        int value = insert.lastIndexOf("vtime");
        assertTrue(lines.get(1).scopes().get(clause).stream().anyMatch(s -> s.startsWith("keyword.")));
        assertTrue(lines.get(1).scopes().get(value).stream().noneMatch(s -> s.startsWith("keyword.")));
        assertTrue(lines.get(2).scopes().get(2).contains("keyword.other.item.schedc"));
        assertTrue(lines.get(2).scopes().get(10).contains("constant.numeric.time.schedc") || lines.get(2).scopes().get(10).contains("keyword.other.unit.schedc"));
    }
}
