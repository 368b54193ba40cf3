package org.schedc.sema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.schedc.kabi.KfuncRules;
import org.schedc.testing.Golden;

/** Sema's public catalogues (builtins, task fields), read by the language server: complete, consistent, documented. */
class CatalogueTest {
    @Test void everyCallableBuiltinHasParametersDocAndADocumentedRow() throws Exception {
        String language = Files.readString(Golden.REPO.resolve("docs/language.md"));
        Set<String> names = new HashSet<>();
        for (Builtin b : Builtin.callables()) {
            assertTrue(names.add(b.spelling()), "one entry per callable name: " + b.spelling());
            assertEquals(b.arity(), b.params().size(), b.name());
            assertFalse(b.doc().isBlank(), b.name());
            assertEquals(b, Builtin.callable(b.spelling()).orElseThrow());
            assertTrue(language.contains("`" + b.spelling() + "("), b.spelling() + " missing from docs/language.md");
        }
        assertTrue(Builtin.callable("insert").isEmpty(), "statements are not callable");
        assertEquals("default_cpu(p, prev_cpu, wake_flags)", Builtin.DEFAULT_CPU.signature());
    }

    @Test void handlerAvailabilityIsTheKernelsRule() {
        KfuncRules rules = KfuncRules.load();
        assertEquals(List.of("enqueue", "select_cpu"), Builtin.DEFAULT_CPU.allowedIn(rules));
        assertEquals(List.of("*"), Builtin.MIN.allowedIn(rules));
        assertEquals(List.of("dispatch"), Builtin.MOVE_TO_LOCAL.allowedIn(rules));
    }

    @Test void taskShorthandsAreDocumentedAndOnlyTheSetterFieldsAreWritable() throws Exception {
        String language = Files.readString(Golden.REPO.resolve("docs/language.md"));
        for (TaskFields.Shorthand s : TaskFields.shorthands()) {
            assertTrue(language.contains("| `p." + s.name() + "` | `p." + s.dotted() + "`"), s + " missing from docs/language.md section 9");
            assertEquals(TaskFields.shorthand(s.name()), java.util.Optional.of(s));
            assertEquals(s.writable(), TaskFields.setter(s.path()).isPresent(), s.name());
        }
        assertEquals(List.of("slice", "vtime"), TaskFields.shorthands().stream().filter(TaskFields.Shorthand::writable).map(TaskFields.Shorthand::name).toList());
        assertFalse(TaskFields.writable(List.of("pid")));
    }
}
