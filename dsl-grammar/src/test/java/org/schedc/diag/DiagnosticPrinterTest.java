package org.schedc.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticPrinterTest {
    @Test
    void relatedLocationsPrintAsNoteLinesAfterTheCaret() {
        SourceFile policy = new SourceFile("p.sched", "const A = 1\nconst A = 2\n");
        SourceFile module = new SourceFile("<stdlib>/m.sched", "module m\nconst B = 1\n");
        Diagnostic d = new Diagnostic(Severity.ERROR, "E0202", "'A' is already declared", policy, policy.span(18, 19),
                List.of(new Diagnostic.Related(policy, policy.span(6, 7), "'A' is first declared here"),
                        new Diagnostic.Related(module, module.span(15, 16), "and here")));
        assertEquals("""
                p.sched:2:7: error[E0202]: 'A' is already declared
                    const A = 2
                          ^
                p.sched:1:7: note: 'A' is first declared here
                <stdlib>/m.sched:2:7: note: and here
                """, DiagnosticPrinter.format(d));
    }

    @Test
    void withoutRelatedTheOutputIsUnchanged() {
        SourceFile f = new SourceFile("p.sched", "x\n");
        Diagnostic d = Diagnostic.error("E0201", "unknown name 'x'", f, f.span(0, 1));
        assertEquals(List.of(), d.related());
        assertEquals("p.sched:1:1: error[E0201]: unknown name 'x'\n    x\n    ^\n", DiagnosticPrinter.format(d));
    }
}
