package org.schedc.sema;

import java.util.Optional;

/**
 * The checker's answer for one tree: the attribution always (also for trees with syntax or semantic
 * errors), and the checked policy only when no error was reported, for lowering.
 */
public record SemaResult(Attribution attribution, Optional<CheckedPolicy> policy) {}
