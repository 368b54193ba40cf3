package org.schedc.tests.corpus;

/**
 * verifier-sim's prediction for one object on one kernel.
 *
 * @param insnIndex the first rejected program's instruction, -1 when accepted or rejected before verification
 * @param rule the sim's rule id ("format" when the object was refused as input)
 */
record SimVerdict(String name, String kernel, boolean accepted, int insnIndex, String rule, String message, long nanos) {}
