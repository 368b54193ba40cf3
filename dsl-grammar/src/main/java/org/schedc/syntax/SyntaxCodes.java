package org.schedc.syntax;

/** The stable codes of syntax diagnostics; docs/language.md lists them with examples. */
public final class SyntaxCodes {
    private SyntaxCodes() {}

    public static final String UNEXPECTED_CHARACTER = "E0100";
    public static final String UNEXPECTED_TOKEN = "E0101";
    public static final String UNTERMINATED_STRING = "E0102";
    public static final String INVALID_NUMBER = "E0103";
    public static final String UNKNOWN_TIME_UNIT = "E0104";
    public static final String MISSING_CLOSER = "E0105";
    public static final String TOO_DEEP = "E0106";
    public static final String NO_POLICY = "E0107";
    public static final String INVALID_ASSIGN_TARGET = "E0108";
    public static final String UNKNOWN_QUEUE_KIND = "E0109";
    public static final String INVALID_ESCAPE = "E0110";
    public static final String UNTERMINATED_COMMENT = "E0111";
    public static final String CHAINED_COMPARISON = "E0112";
    public static final String MISSING_TOKEN = "E0113";
    public static final String BAD_CLASSIFY_RULE = "E0114";
    public static final String HANDLER_PARAM_TYPE = "E0119";
    public static final String INTERNAL_ERROR = "E0198";
    public static final String TOO_MANY_ERRORS = "E0199";
}
