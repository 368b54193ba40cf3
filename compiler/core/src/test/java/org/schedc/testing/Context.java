package org.schedc.testing;

import java.util.List;

/** Where a generated body is: its handler, the task value in reach (or null), the result type, callable functions. */
record Context(Handler handler, String task, Ty result, List<PolicyGenerator.Fn> fns) {}
