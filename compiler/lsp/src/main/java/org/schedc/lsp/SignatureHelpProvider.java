package org.schedc.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.ParameterInformation;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureInformation;
import org.schedc.ast.Ast;
import org.schedc.sema.Builtin;

/**
 * Signature help inside {@code name(...)}: a builtin's entry in sema's catalogue, or a function of the file.
 * The call is found in the text before the cursor, not in the tree, because the call being typed rarely
 * parses yet ({@code default_cpu(p, }).
 */
final class SignatureHelpProvider {
    /** How far back an open parenthesis is looked for; calls longer than this get no help. */
    private static final int LOOK_BACK = 500;

    private SignatureHelpProvider() {}

    /** The open call before {@code offset}: callee name and the index of the argument the cursor is in. */
    record OpenCall(String callee, int argument) {}

    static Optional<SignatureHelp> at(Analysis a, int offset) {
        Optional<OpenCall> call = openCall(a.file().text(), offset);
        if (call.isEmpty()) return Optional.empty();
        String name = call.get().callee();
        Optional<Declaration> own = a.index().topLevel(name);
        SignatureInformation info;
        if (own.isPresent()) {
            if (!(own.get().node() instanceof Ast.Item.Function f)) return Optional.empty();
            List<String> params = new ArrayList<>();
            for (Ast.Param p : f.params()) params.add(p.name().name());
            info = signature(HoverProvider.functionSignature(f), params, "");
        } else {
            Optional<Builtin> b = Builtin.callable(name);
            if (b.isEmpty()) return Optional.empty();
            info = signature(b.get().signature(), b.get().params(), "builtin: " + b.get().doc());
        }
        int active = Math.min(call.get().argument(), Math.max(0, info.getParameters().size() - 1));
        return Optional.of(new SignatureHelp(List.of(info), 0, active));
    }

    private static SignatureInformation signature(String label, List<String> params, String doc) {
        List<ParameterInformation> ps = new ArrayList<>();
        for (String p : params) ps.add(new ParameterInformation(p));
        return new SignatureInformation(label, new MarkupContent(MarkupKind.MARKDOWN, doc), ps);
    }

    /** Scans back from {@code offset} to the innermost unclosed {@code (} after a name, counting top-level commas. */
    static Optional<OpenCall> openCall(String text, int offset) {
        int end = Math.max(0, Math.min(offset, text.length()));
        int depth = 0, commas = 0;
        for (int i = end - 1; i >= Math.max(0, end - LOOK_BACK); i--) {
            char c = text.charAt(i);
            if (c == ')') depth++;
            else if (c == '(') {
                if (depth-- > 0) continue;
                int nameEnd = i;
                while (nameEnd > 0 && text.charAt(nameEnd - 1) == ' ') nameEnd--;
                int nameStart = nameEnd;
                while (nameStart > 0 && (Character.isLetterOrDigit(text.charAt(nameStart - 1)) || text.charAt(nameStart - 1) == '_')) nameStart--;
                if (nameStart == nameEnd) return Optional.empty(); // a parenthesised expression, not a call
                return Optional.of(new OpenCall(text.substring(nameStart, nameEnd), commas));
            } else if (c == ',' && depth == 0) commas++;
            else if (c == '{' || c == '}' || c == ';') return Optional.empty(); // a call never spans a block
        }
        return Optional.empty();
    }
}
