package org.schedc.sema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.schedc.ast.Ast;
import org.schedc.diag.SourceFile;
import org.schedc.diag.Span;
import org.schedc.sema.Symbols.ConstInfo;
import org.schedc.sema.Symbols.GlobalInfo;
import org.schedc.sema.Symbols.QueueInfo;

/** The policy's top-level names and items as the checker declares them, modules' first. */
final class Declared {
    final Map<String, ConstInfo> consts = new LinkedHashMap<>();
    final Map<String, QueueInfo> queues = new LinkedHashMap<>();
    final Map<String, GlobalInfo> globals = new LinkedHashMap<>();
    final Map<String, Ast.Item.Function> functions = new LinkedHashMap<>();
    /** Tag names to their numbers (1..); {@code none} is 0 and not listed. */
    final Map<String, Integer> tags = new LinkedHashMap<>();
    final List<Ast.Ident> userCounters = new ArrayList<>();
    /** Built-in queues that {@code insert}/{@code move} use, for the compiler's counters. */
    final Set<String> builtinQueueCounters = new TreeSet<>();
    final List<Ast.Item.Handler> handlerDecls = new ArrayList<>();
    Symbols.StateLayout taskState, cpuState;
    Ast.Item.Tags tagsItem;
    Ast.Item.Classify classifyItem;
    long timeoutMs;
    long opsFlags;
    /** Where each top-level name was declared first, for duplicate reports. */
    final Map<String, SourceFile> declaredIn = new HashMap<>();
    final Map<String, Span> declaredAt = new HashMap<>();
    /** Source file of each item that came from an imported module. */
    final IdentityHashMap<Object, SourceFile> itemFiles = new IdentityHashMap<>();
}
