package org.schedc.syntax;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schedc.ast.Ast.TimeUnit;

/** Reads the text of an INT token: {@code 42}, {@code 1_000}, {@code 0x1f}, {@code 5ms}. */
final class NumberLiteral {
    private NumberLiteral() {}

    sealed interface Result {}

    record Valid(BigInteger value, TimeUnit unit) implements Result {}

    record Invalid(String code, String message) implements Result {}

    private static final Pattern DECIMAL = Pattern.compile("([0-9](?:_*[0-9])*)(ns|us|ms|s)?");
    private static final Pattern HEX = Pattern.compile("0[xX]([0-9a-fA-F](?:_*[0-9a-fA-F])*)");
    private static final Pattern DECIMAL_WITH_WORD = Pattern.compile("[0-9](?:_*[0-9])*([a-zA-Z]+)");

    static Result parse(String text) {
        Matcher m;
        if ((m = HEX.matcher(text)).matches()) return checked(text, new BigInteger(m.group(1).replace("_", ""), 16), null);
        if ((m = DECIMAL.matcher(text)).matches()) {
            return checked(text, new BigInteger(m.group(1).replace("_", "")), unit(m.group(2)));
        }
        if (text.length() > 1 && (text.charAt(1) == 'x' || text.charAt(1) == 'X') && text.charAt(0) == '0') {
            return new Invalid(SyntaxCodes.INVALID_NUMBER, "invalid number literal '" + Quoting.clip(text)
                    + "': a hexadecimal number needs hex digits after 0x and takes no time unit");
        }
        if ((m = DECIMAL_WITH_WORD.matcher(text)).matches()) {
            return new Invalid(SyntaxCodes.UNKNOWN_TIME_UNIT, "unknown time unit '" + Quoting.clip(m.group(1))
                    + "' in '" + Quoting.clip(text) + "' (use ns, us, ms or s)");
        }
        return new Invalid(SyntaxCodes.INVALID_NUMBER, "invalid number literal '" + Quoting.clip(text)
                + "' (digits, '_' only between digits, then an optional time unit)");
    }

    private static Result checked(String text, BigInteger value, TimeUnit unit) {
        if (value.bitLength() > 64) {
            return new Invalid(SyntaxCodes.INVALID_NUMBER,
                    "number literal '" + Quoting.clip(text) + "' does not fit in 64 bits");
        }
        return new Valid(value, unit);
    }

    private static TimeUnit unit(String suffix) {
        if (suffix == null) return null;
        return switch (suffix) {
            case "ns" -> TimeUnit.NS;
            case "us" -> TimeUnit.US;
            case "ms" -> TimeUnit.MS;
            default -> TimeUnit.S; // the pattern admits only ns, us, ms and s
        };
    }
}
