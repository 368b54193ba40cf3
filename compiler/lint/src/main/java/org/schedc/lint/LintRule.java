package org.schedc.lint;

import java.util.Optional;
import org.schedc.diag.Severity;

/**
 * The lint rules. Ids are stable: suppression comments, SARIF results and golden files key on them,
 * so a rule is never renumbered; a retired rule keeps its id unused.
 */
public enum LintRule {
    ENQUEUE_MAY_NOT_INSERT("L001", "enqueue-may-not-insert", Severity.ERROR,
            "A path through enqueue that inserts the task nowhere stalls it; the watchdog then ejects the scheduler.",
            "Every path through 'on enqueue' must insert the task into a queue (or call error()). sched_ext does not keep a task "
                    + "that enqueue dropped: it waits forever, and after the timeout the kernel disables the scheduler."),
    QUEUE_NEVER_DRAINED("L002", "queue-never-drained", Severity.ERROR,
            "Tasks inserted into a queue that dispatch never moves to a CPU never run.",
            "A custom queue that receives tasks needs a 'move Q to local' reachable from 'on dispatch'; otherwise its tasks wait "
                    + "until the watchdog ejects the scheduler."),
    VTIME_NEVER_ADVANCES("L003", "vtime-never-advances", Severity.WARNING,
            "A vtime queue whose tasks' vtime never grows degenerates into arbitrary order and can starve tasks.",
            "A vtime queue orders tasks by the vtime given at insert. When that value comes only from p.vtime and no handler "
                    + "writes p.vtime (usually in stopping, by the slice used scaled by weight), or when it is a constant, "
                    + "the order never reflects CPU use."),
    ZERO_SLICE("L004", "zero-slice", Severity.WARNING,
            "A zero slice keeps whatever is left of the task's previous slice, often nothing, so it is preempted at once.",
            "'insert ... slice 0' tells the kernel to keep the task's current slice, which is usually exhausted; the task "
                    + "is preempted at the next tick and the CPU thrashes. Give a duration such as 5ms. (Assigning p.slice = 0 "
                    + "to make the running task yield is fine and not reported.)"),
    HUGE_SLICE("L005", "huge-slice", Severity.WARNING,
            "A slice over 1s lets one task hold a CPU for seconds and hides latency problems until the watchdog fires.",
            "Slices longer than a second keep other tasks waiting that long for the CPU; with a short watchdog timeout the "
                    + "kernel may eject the scheduler. Use milliseconds unless the policy preempts explicitly."),
    UNUSED_CONSTANT("L006", "unused-constant", Severity.WARNING,
            "A constant nobody reads is dead code or a sign that the wrong name is used somewhere.",
            "The constant is declared but no expression, pattern or declaration refers to it."),
    UNUSED_GLOBAL("L007", "unused-global", Severity.WARNING,
            "A global nobody reads or writes costs map space and is likely a leftover.",
            "The global variable is declared but never read or written by any handler or function."),
    UNUSED_QUEUE("L008", "unused-queue", Severity.WARNING,
            "A queue nothing inserts into or moves from is created at init for nothing.",
            "The queue is declared (and created in init) but no insert, move or queued() names it."),
    UNUSED_FUNCTION("L009", "unused-function", Severity.WARNING,
            "A function no handler calls is never compiled into the object (functions are inlined).",
            "The function is declared but never called."),
    UNUSED_VARIABLE("L010", "unused-variable", Severity.WARNING,
            "A local or function parameter that is never read is dead code or hides a typo.",
            "The local variable or function parameter is never read. Prefix its name with '_' if that is intended."),
    UNREACHABLE_CODE("L011", "unreachable-code", Severity.WARNING,
            "Statements after return, break or continue never run.",
            "A statement follows one that always leaves the block (return, break, continue, or an if/else or match whose every "
                    + "branch does); it is never executed."),
    SHADOWED_NAME("L012", "shadowed-name", Severity.WARNING,
            "A local that hides a parameter, an outer local or a policy-level name makes reads ambiguous to humans.",
            "The declaration hides another one with the same name from an enclosing scope (a parameter, an outer local, or a "
                    + "policy constant, global, queue or function); later uses silently refer to the inner one."),
    QUEUE_NEVER_FILLED("L013", "queue-never-filled", Severity.WARNING,
            "A queue that dispatch drains but nothing inserts into is always empty.",
            "The queue is moved from (or counted) but no insert puts tasks into it; the dispatch path for it is dead.");

    private final String id;
    private final String ruleName;
    private final Severity severity;
    private final String rationale;
    private final String description;

    LintRule(String id, String ruleName, Severity severity, String rationale, String description) {
        this.id = id;
        this.ruleName = ruleName;
        this.severity = severity;
        this.rationale = rationale;
        this.description = description;
    }

    /** The stable code, e.g. {@code L001}. */
    public String id() { return id; }

    /** The stable kebab-case name, e.g. {@code enqueue-may-not-insert}; also accepted by suppressions. */
    public String ruleName() { return ruleName; }

    public Severity severity() { return severity; }

    /** One line: why the rule exists. */
    public String rationale() { return rationale; }

    /** A few sentences: what exactly is reported and how to fix it. */
    public String description() { return description; }

    /** By id ({@code L001}, case-insensitive) or name ({@code enqueue-may-not-insert}). */
    public static Optional<LintRule> find(String idOrName) {
        for (LintRule r : values()) {
            if (r.id.equalsIgnoreCase(idOrName) || r.ruleName.equals(idOrName)) return Optional.of(r);
        }
        return Optional.empty();
    }
}
