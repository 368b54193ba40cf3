package org.schedc.lsp;

import java.util.ArrayList;
import java.util.List;
import org.schedc.grammar.SchedcLexer;

/** The language's words, from the lexer's vocabulary so that new keywords need no change here. */
final class Keywords {
    private Keywords() {}

    static List<String> all() {
        List<String> out = new ArrayList<>();
        for (int t = 1; t <= SchedcLexer.VOCABULARY.getMaxTokenType(); t++) {
            String literal = SchedcLexer.VOCABULARY.getLiteralName(t);
            if (literal == null || literal.length() < 3) continue;
            String word = literal.substring(1, literal.length() - 1);
            if (word.chars().allMatch(c -> Character.isLetter(c) || c == '_')) out.add(word);
        }
        return out;
    }

    /** Type names the checker knows. */
    static final List<String> TYPES = List.of("u8", "u16", "u32", "u64", "s8", "s16", "s32", "s64", "bool", "task", "tag");
}
