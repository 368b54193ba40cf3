package org.schedc.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schedc.diag.Severity;

/**
 * Every code a {@code schedc check} finding can carry, with a name and descriptions: the lint rules
 * and the compiler's own diagnostics (E-codes, see docs/language.md). SARIF needs a rule object per
 * result; a code missing here (added to the compiler later) gets a generic entry from {@link #describe}.
 */
public final class RuleCatalog {
    /** One rule as reported to tools: {@code name} is kebab-case, {@code level} the default severity. */
    public record RuleInfo(String id, String name, String shortDescription, String fullDescription, Severity level) {}

    private static final Map<String, RuleInfo> RULES = new LinkedHashMap<>();

    static {
        compiler("E0001", "file-not-readable", "The input file does not exist or cannot be read.");
        compiler("E0002", "not-utf8", "The input file is not UTF-8 text.");
        compiler("E0003", "output-not-writable", "An output file cannot be written.");
        compiler("E0100", "unexpected-character", "A character that cannot appear in a policy outside strings and comments.");
        compiler("E0101", "unexpected-token", "A token the grammar does not allow here; the message says what was expected.");
        compiler("E0102", "unterminated-string", "A string literal without its closing quote.");
        compiler("E0103", "invalid-number", "An invalid number literal: bad digits or '_', over 64 bits, or a fraction.");
        compiler("E0104", "unknown-time-unit", "A time literal with a unit other than ns, us, ms or s.");
        compiler("E0105", "missing-closer", "A missing '}' or ')'; the message says where it was opened.");
        compiler("E0106", "too-deep", "Nesting too deep to compile.");
        compiler("E0107", "no-policy", "The file has no 'policy NAME { ... }'.");
        compiler("E0108", "invalid-assign-target", "Assignment to something that is not a variable or field.");
        compiler("E0109", "unknown-queue-kind", "A queue kind other than fifo or vtime.");
        compiler("E0110", "invalid-escape", "An unknown escape sequence in a string.");
        compiler("E0111", "unterminated-comment", "A block comment without its closing '*/'.");
        compiler("E0112", "chained-comparison", "Chained comparisons such as a < b < c.");
        compiler("E0113", "missing-token", "A missing name, keyword or punctuation.");
        compiler("E0114", "bad-classify-rule", "A classify rule that is not one of the known forms.");
        compiler("E0119", "handler-parameter-type", "A type on a handler parameter; handler parameter types come from the kernel.");
        compiler("E0198", "parser-internal-error", "An internal error in the parser (a schedc bug).");
        compiler("E0199", "too-many-errors", "Too many errors; the rest are not shown.");
        compiler("E0201", "unknown-name", "An unknown name.");
        compiler("E0202", "duplicate-declaration", "A duplicate declaration, or a builtin's name redeclared.");
        compiler("E0203", "unknown-callback", "Not a sched_ext callback of the target kernel.");
        compiler("E0204", "unknown-type", "An unknown type, or a parameter without a type.");
        compiler("E0205", "unknown-field", "No such field.");
        compiler("E0206", "unknown-queue", "An unknown queue.");
        compiler("E0207", "too-many-parameters", "A handler declares more parameters than its callback has.");
        compiler("E0208", "recursion", "Recursive functions (functions are inlined).");
        compiler("E0209", "unknown-flag", "An unknown 'flags' name.");
        compiler("E0210", "unknown-function", "An unknown function.");
        compiler("E0301", "type-mismatch", "A type mismatch.");
        compiler("E0302", "mixed-signedness", "Signed and unsigned operands mixed in one operation.");
        compiler("E0303", "constant-out-of-range", "A constant out of range for its type, or a shift count out of range.");
        compiler("E0304", "assign-immutable", "Assignment to something immutable.");
        compiler("E0305", "missing-return", "A path that does not return a value where one is needed.");
        compiler("E0306", "wrong-argument-count", "The wrong number of arguments.");
        compiler("E0307", "nullable-task", "Use of a possibly-null task without a check.");
        compiler("E0308", "non-bool-condition", "A condition that is not bool.");
        compiler("E0309", "vtime-clause", "'vtime' given to a FIFO queue, or missing for a vtime queue.");
        compiler("E0310", "unbounded-loop", "A loop end that is not a constant.");
        compiler("E0311", "unexpected-return-value", "A value returned where nothing is returned.");
        compiler("E0312", "break-outside-loop", "'break' or 'continue' outside a loop.");
        compiler("E0313", "unsupported-type", "A kernel or value type policies cannot use (yet).");
        compiler("E0315", "not-constant", "A value that must be a compile-time constant is not.");
        compiler("E0316", "unused-value", "An expression statement whose value is unused.");
        compiler("E0317", "unreachable-arm", "A match arm that can never match.");
        compiler("E0318", "counter-misuse", "A counter read or changed other than with += or -=.");
        compiler("E0319", "state-or-classify", "A state block or classify block the compiler cannot use.");
        compiler("E0401", "missing-in-kernel", "A target kernel lacks a field, kfunc, enum or callback the policy uses.");
        compiler("E0402", "kfunc-not-allowed", "A builtin the kernel does not allow in this callback.");
        compiler("E0403", "unknown-kernel", "An unknown target kernel.");
        compiler("E0501", "timeout-out-of-range", "A timeout outside 1 ms .. 30 s.");
        compiler("E0502", "stack-overflow", "A handler needs more than 512 bytes of stack.");
        compiler("E0701", "verifier-rejection", "verifier-sim predicts that the kernel would reject the compiled object (a schedc bug).");
        compiler("E0801", "format-internal-error", "The formatter would have changed the file's tokens or tree (a schedc bug).");
        for (LintRule r : LintRule.values()) {
            RULES.put(r.id(), new RuleInfo(r.id(), r.ruleName(), r.rationale(), r.description(), r.severity()));
        }
    }

    private RuleCatalog() {}

    private static void compiler(String code, String name, String description) {
        RULES.put(code, new RuleInfo(code, name, description, description + " See docs/language.md.", Severity.ERROR));
    }

    /** Every known rule: compiler codes, then lint rules, in a stable order. */
    public static List<RuleInfo> all() { return new ArrayList<>(RULES.values()); }

    /** The rule of a code, or a generic entry for a code this catalogue does not know yet. */
    public static RuleInfo describe(String code) {
        RuleInfo known = RULES.get(code);
        if (known != null) return known;
        String text = "schedc diagnostic " + code + ".";
        return new RuleInfo(code, code.toLowerCase(java.util.Locale.ROOT), text, text + " See docs/language.md.",
                code.startsWith("L") ? Severity.WARNING : Severity.ERROR);
    }
}
