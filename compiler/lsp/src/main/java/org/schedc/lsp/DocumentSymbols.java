package org.schedc.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.schedc.ast.Ast;
import org.schedc.diag.Span;

/** The outline: the policy (or module) with its items as children. */
final class DocumentSymbols {
    private DocumentSymbols() {}

    static List<DocumentSymbol> of(Analysis a) {
        List<DocumentSymbol> children = new ArrayList<>();
        for (Declaration d : a.index().items()) {
            String detail = switch (d.kind()) {
                case CONST -> "const";
                case QUEUE -> "queue";
                case GLOBAL -> "var";
                case FUNCTION -> "fn";
                case HANDLER -> "on";
                case TAG -> "tag";
                case COUNTER -> "counter";
                case STATE_FIELD -> "state";
                case PARAMETER, LOCAL, LOOP_VARIABLE -> "";
            };
            children.add(symbol(a, d.kind() == Declaration.Kind.HANDLER ? "on " + d.name() : d.name(), kindOf(d.kind()), detail, d.span(), d.nameSpan()));
        }
        Ast.Policy p = a.tree().policy();
        if (p != null) {
            DocumentSymbol root = symbol(a, p.name().name().isEmpty() ? "policy" : p.name().name(), SymbolKind.Namespace, "policy", p.span(), p.name().span());
            root.setChildren(children);
            return List.of(root);
        }
        Ast.Module m = a.tree().module();
        if (m != null) {
            DocumentSymbol root = symbol(a, m.name().name(), SymbolKind.Module, "module", m.span(), m.name().span());
            root.setChildren(children);
            return List.of(root);
        }
        return children;
    }

    private static SymbolKind kindOf(Declaration.Kind kind) {
        return switch (kind) {
            case CONST -> SymbolKind.Constant;
            case QUEUE -> SymbolKind.Struct;
            case GLOBAL, COUNTER -> SymbolKind.Variable;
            case FUNCTION -> SymbolKind.Function;
            case HANDLER -> SymbolKind.Event;
            case TAG -> SymbolKind.EnumMember;
            case STATE_FIELD -> SymbolKind.Field;
            case PARAMETER, LOCAL, LOOP_VARIABLE -> SymbolKind.Variable;
        };
    }

    private static DocumentSymbol symbol(Analysis a, String name, SymbolKind kind, String detail, Span whole, Span selection) {
        // LSP requires the selection range inside the full range.
        Span full = whole.start() <= selection.start() && selection.end() <= whole.end() ? whole : whole.to(selection);
        return new DocumentSymbol(name.isEmpty() ? "?" : name, kind, Positions.range(a.file(), full), Positions.range(a.file(), selection), detail);
    }
}
