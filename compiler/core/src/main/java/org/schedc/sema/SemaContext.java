package org.schedc.sema;

import java.util.List;
import org.schedc.ast.Ast.Expr;
import org.schedc.diag.Diagnostic;
import org.schedc.diag.Diagnostics;
import org.schedc.diag.Severity;
import org.schedc.diag.SourceFile;
import org.schedc.kabi.Kabi;
import org.schedc.kabi.KfuncRules;

/**
 * What the checker's parts share for one analysis: the inputs, the declared names ({@link Declared}), the
 * results ({@link Recorded}) and the body being checked ({@link BodyScope}). The parts call each other
 * through the fields below; each holds no state of its own beyond what its concern needs.
 */
final class SemaContext {
    final SourceFile policyFile;
    /** The file whose item is being checked: the policy's, or an imported module's. */
    SourceFile file;
    final Diagnostics diags;
    final List<Kabi> targets;
    final KfuncRules rules;

    final Declared declared = new Declared();
    final Recorded recorded = new Recorded();
    final BodyScope body = new BodyScope();

    final Declarations declarations = new Declarations(this);
    final StorageLayout layout = new StorageLayout(this);
    final PolicyItems items = new PolicyItems(this);
    final Handlers handlers = new Handlers(this);
    final Statements statements = new Statements(this);
    final Expressions expressions = new Expressions(this);
    final Conversions conversions = new Conversions(this);
    final BuiltinSignatures builtins = new BuiltinSignatures(this);
    final KernelFields kernelFields = new KernelFields(this);
    final KfuncSelection kfuncs = new KfuncSelection(this);
    final KfuncCalls kfuncCalls = new KfuncCalls(this);
    final ConstantFolding folding = new ConstantFolding(this);
    final Recursion recursion = new Recursion(this);

    SemaContext(SourceFile file, Diagnostics diags, List<Kabi> targets, KfuncRules rules) {
        this.policyFile = file;
        this.file = file;
        this.diags = diags;
        this.targets = targets;
        this.rules = rules;
    }

    /** Reports in the file being checked; related locations without a file are in that file too. */
    void report(SemaError e) {
        List<Diagnostic.Related> related = e.related().stream()
                .map(r -> r.file() == null ? new Diagnostic.Related(file, r.span(), r.message()) : r).toList();
        diags.report(new Diagnostic(Severity.ERROR, e.code(), e.message(), file, e.span(), related));
    }

    Kabi primary() { return targets.getFirst(); }

    /** The file an item was declared in. */
    SourceFile fileOf(Object item) { return declared.itemFiles.getOrDefault(item, policyFile); }

    /** The source text of an expression, for messages that show how to rewrite it. */
    String text(Expr e) {
        return file.text().substring(e.span().start(), Math.min(file.text().length(), e.span().end()));
    }

    Type check(Expr e, Type expected) { return expressions.check(e, expected); }
}
