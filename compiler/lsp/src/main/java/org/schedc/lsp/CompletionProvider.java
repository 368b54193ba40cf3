package org.schedc.lsp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.InsertTextFormat;
import org.schedc.kabi.Kabi;
import org.schedc.kabi.KfuncRules;
import org.schedc.sema.Builtin;
import org.schedc.sema.Symbols;
import org.schedc.sema.Type;

/**
 * Completion by what precedes the cursor on its line: library modules after {@code import}, callbacks
 * after {@code on}, fields after {@code x.}, types after {@code :}/{@code as}/{@code ->}, else keywords,
 * builtins and the names in scope.
 */
final class CompletionProvider {
    private static final Pattern AFTER_IMPORT = Pattern.compile("^\\s*import\\s+\"?[A-Za-z_0-9]*$");
    private static final Pattern AFTER_ON = Pattern.compile("(?:^|[\\s;{}])on\\s+[A-Za-z_0-9]*$");
    private static final Pattern AFTER_DOT = Pattern.compile("([A-Za-z_][A-Za-z_0-9]*(?:\\s*\\.\\s*[A-Za-z_][A-Za-z_0-9]*)*)\\s*\\.\\s*[A-Za-z_0-9]*$");
    private static final Pattern TYPE_POSITION = Pattern.compile("(?::|->|\\bas)\\s*[A-Za-z_0-9]*$");

    private final Analysis analysis;
    private final List<Kabi> kernels;
    private final KfuncRules rules;

    CompletionProvider(Analysis analysis, List<Kabi> kernels, KfuncRules rules) {
        this.analysis = analysis;
        this.kernels = kernels;
        this.rules = rules;
    }

    List<CompletionItem> at(int offset) {
        String text = analysis.file().text();
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        if (offset > 0 && text.charAt(offset - 1) == '\n') lineStart = offset;
        String prefix = text.substring(Math.min(lineStart, offset), offset);
        if (prefix.length() > 500) prefix = prefix.substring(prefix.length() - 500);
        if (AFTER_IMPORT.matcher(prefix).find()) return modules();
        if (AFTER_ON.matcher(prefix).find()) return handlers();
        Matcher dot = AFTER_DOT.matcher(prefix);
        if (dot.find()) return fields(dot.group(1), offset);
        if (TYPE_POSITION.matcher(prefix).find() && !prefix.contains("=")) return types();
        List<CompletionItem> out = new ArrayList<>();
        for (String k : Keywords.all()) out.add(item(k, CompletionItemKind.Keyword, "keyword"));
        for (Builtin b : Builtin.callables()) {
            CompletionItem i = item(b.spelling(), CompletionItemKind.Function, b.signature() + " (builtin)");
            i.setDocumentation(b.doc());
            i.setInsertText(snippet(b));
            i.setInsertTextFormat(InsertTextFormat.Snippet);
            out.add(i);
        }
        Attributed typing = new Attributed(analysis);
        for (Declaration d : analysis.index().visibleAt(offset)) {
            String type = typing.ofDeclaration(d).map(Type::display).orElse(d.kind().name().toLowerCase(java.util.Locale.ROOT));
            out.add(item(d.name(), kindOf(d.kind()), type));
        }
        out.addAll(types());
        return out;
    }

    /** {@code default_cpu(${1:p}, ${2:prev_cpu}, ${3:wake_flags})}: the catalogue's parameter names as tab stops. */
    private static String snippet(Builtin b) {
        List<String> ps = b.params();
        StringBuilder s = new StringBuilder(b.spelling()).append('(');
        for (int i = 0; i < ps.size(); i++) s.append(i == 0 ? "" : ", ").append("${").append(i + 1).append(':').append(ps.get(i)).append('}');
        return s.append(')').toString();
    }

    private static CompletionItem item(String label, CompletionItemKind kind, String detail) {
        CompletionItem i = new CompletionItem(label);
        i.setKind(kind);
        i.setDetail(detail);
        return i;
    }

    private static CompletionItemKind kindOf(Declaration.Kind kind) {
        return switch (kind) {
            case CONST -> CompletionItemKind.Constant;
            case QUEUE -> CompletionItemKind.Struct;
            case GLOBAL, LOCAL, PARAMETER, LOOP_VARIABLE, COUNTER -> CompletionItemKind.Variable;
            case FUNCTION -> CompletionItemKind.Function;
            case HANDLER -> CompletionItemKind.Event;
            case TAG -> CompletionItemKind.EnumMember;
            case STATE_FIELD -> CompletionItemKind.Field;
        };
    }

    private List<CompletionItem> modules() {
        List<CompletionItem> out = new ArrayList<>();
        for (String m : org.schedc.driver.FrontEnd.libraryModules()) out.add(item(m, CompletionItemKind.Module, "policy library module"));
        return out;
    }

    private List<CompletionItem> types() {
        List<CompletionItem> out = new ArrayList<>();
        for (String t : Keywords.TYPES) out.add(item(t, CompletionItemKind.TypeParameter, "type"));
        return out;
    }

    /** Every callback of the target kernels, as a snippet with the kernel's parameter names. */
    private List<CompletionItem> handlers() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (Kabi k : kernels) names.addAll(k.callbackNames());
        HoverProvider signatures = new HoverProvider(analysis, kernels, rules);
        List<CompletionItem> out = new ArrayList<>();
        for (String name : names) {
            Optional<Kabi.Callback> cb = kernels.stream().map(k -> k.callback(name)).flatMap(Optional::stream).findFirst();
            if (cb.isEmpty()) continue;
            StringBuilder snippet = new StringBuilder(name).append('(');
            List<String> params = cb.get().paramNames();
            for (int i = 0; i < params.size(); i++) {
                String p = i == 0 && params.get(i).equals("p") ? "p" : params.get(i);
                snippet.append(i == 0 ? "" : ", ").append("${").append(i + 1).append(':').append(p).append('}');
            }
            snippet.append(") {\n\t$0\n}");
            CompletionItem i = item(name, CompletionItemKind.Event, signatures.handlerSignature(name));
            i.setInsertText(snippet.toString());
            i.setInsertTextFormat(InsertTextFormat.Snippet);
            out.add(i);
        }
        return out;
    }

    /**
     * Fields of the value {@code chain} names: the root's type is the checker's; after it, kernel struct members
     * from BTF (task shorthands first), the policy's state fields, or a CPU pick's parts.
     */
    private List<CompletionItem> fields(String chain, int offset) {
        List<String> parts = List.of(chain.replaceAll("\\s", "").split("\\."));
        Attributed typing = new Attributed(analysis);
        Optional<Declaration> root = analysis.index().visibleAt(offset).stream().filter(d -> d.name().equals(parts.getFirst())).findFirst();
        Optional<Type> t = root.flatMap(typing::ofDeclaration);
        if (root.isEmpty() && parts.getFirst().equals("this_cpu") && typing.stateBlock(Symbols.StateOwner.CPU).isPresent()) {
            return parts.size() == 1 ? stateFields(typing, Symbols.StateOwner.CPU) : List.of();
        }
        if (t.isEmpty()) return List.of();
        List<String> rest = parts.subList(1, parts.size());
        List<CompletionItem> out = new ArrayList<>();
        switch (t.get()) {
            case Type.CpuPick pick -> {
                if (rest.isEmpty()) {
                    out.add(item("cpu", CompletionItemKind.Field, "s32"));
                    out.add(item("was_idle", CompletionItemKind.Field, "bool"));
                }
            }
            case Type.KernelPtr kp -> {
                boolean task = kp.struct().equals("task_struct");
                if (task && rest.equals(List.of("state"))) return stateFields(typing, Symbols.StateOwner.TASK);
                if (task && rest.isEmpty() && typing.stateBlock(Symbols.StateOwner.TASK).isPresent()) {
                    out.add(item("state", CompletionItemKind.Field, "task state (the policy's per-task fields)"));
                }
                if (task && rest.isEmpty() && typing.hasTags()) out.add(item("tag", CompletionItemKind.Field, "tag (the task's class)"));
                out.addAll(members(kp.struct(), rest));
            }
            case Type.StateBlock sb -> { if (rest.isEmpty()) out.addAll(stateFields(typing, sb.owner())); }
            case Type.KernelStruct ks -> out.addAll(members(ks.struct(), rest));
            case Type.Tag tag -> { }
            case Type.Int i -> { }
            case Type.UntypedInt u -> { }
            case Type.Bool b -> { }
            case Type.Chars c -> { }
            case Type.Str s -> { }
            case Type.Queue q -> { }
            case Type.Void v -> { }
            case Type.Error e -> { }
        }
        return out;
    }

    /** The fields of a state block, with their types as written. */
    private List<CompletionItem> stateFields(Attributed typing, Symbols.StateOwner owner) {
        List<CompletionItem> out = new ArrayList<>();
        typing.stateBlock(owner).ifPresent(st -> st.fields().forEach(f -> out.add(item(f.name().name(), CompletionItemKind.Field,
                f.type() == null ? "" : f.type().arrayLength() != null ? "[" + f.type().name().name() + "; " + f.type().arrayLength() + "]" : f.type().name().name()))));
        return out;
    }

    private List<CompletionItem> members(String struct, List<String> path) {
        if (kernels.isEmpty()) return List.of();
        List<CompletionItem> out = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (KernelMembers.Member m : KernelMembers.after(kernels.getFirst(), struct, path)) {
            if (seen.add(m.name())) out.add(item(m.name(), CompletionItemKind.Field, m.cType()));
        }
        return out;
    }
}
