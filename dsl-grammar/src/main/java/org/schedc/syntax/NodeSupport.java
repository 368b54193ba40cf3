package org.schedc.syntax;

import org.antlr.v4.runtime.ParserRuleContext;
import org.schedc.ast.Ast.Ident;
import org.schedc.ast.Ast.TypeRef;
import org.schedc.grammar.SchedcParser.IdentContext;
import org.schedc.grammar.SchedcParser.TypeContext;

/** Names and types, shared by the builders; a missing one gets {@link #MISSING} as its name. */
final class NodeSupport {
    /** The name of an identifier the parser had to make up; never a valid name, so never resolves. */
    static final String MISSING = "<missing>";

    private final SyntaxReporter reporter;

    NodeSupport(SyntaxReporter reporter) { this.reporter = reporter; }

    Ident ident(IdentContext ctx, ParserRuleContext owner) {
        if (ctx == null) return new Ident(MISSING, reporter.after(owner));
        String text = ctx.getText();
        return new Ident(text.isEmpty() ? MISSING : text, reporter.span(ctx));
    }

    /** Null when {@code ctx} is null: types are optional wherever the grammar allows leaving them out. */
    TypeRef type(TypeContext ctx, ParserRuleContext owner) {
        if (ctx == null) return null;
        Integer length = null;
        if (ctx.LBRACKET() != null) {
            length = 0; // a bad or missing length is a syntax error already
            if (ctx.INT() != null && NumberLiteral.parse(ctx.INT().getText()) instanceof NumberLiteral.Valid v
                    && v.unit() == null && v.value().bitLength() < 31) {
                length = v.value().intValue();
            }
        }
        return new TypeRef(ident(ctx.ident(), ctx), ctx.QUESTION() != null, length, reporter.span(ctx));
    }
}
