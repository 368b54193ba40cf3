package org.schedc.lint;

import java.math.BigInteger;
import org.schedc.ast.Ast.Expr;
import org.schedc.sema.Attribution;

/**
 * Values of constant expressions, for rules about slices: the checker's folded values (wrapped to their
 * type), which it records for the whole tree, also in files with errors. Unknown means "not a constant" (null).
 */
record ConstantValues(Attribution attribution) {
    BigInteger of(Expr e) {
        return e == null ? null : attribution.constantValue(e).orElse(null);
    }
}
