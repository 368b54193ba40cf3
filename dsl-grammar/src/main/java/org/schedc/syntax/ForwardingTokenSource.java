package org.schedc.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/** A token source that passes everything but {@code nextToken} to the one it wraps. */
abstract class ForwardingTokenSource implements TokenSource {
    protected final TokenSource source;

    ForwardingTokenSource(TokenSource source) { this.source = source; }

    @Override public int getLine() { return source.getLine(); }
    @Override public int getCharPositionInLine() { return source.getCharPositionInLine(); }
    @Override public CharStream getInputStream() { return source.getInputStream(); }
    @Override public String getSourceName() { return source.getSourceName(); }
    @Override public void setTokenFactory(TokenFactory<?> factory) { source.setTokenFactory(factory); }
    @Override public TokenFactory<?> getTokenFactory() { return source.getTokenFactory(); }
}
