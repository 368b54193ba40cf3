package org.schedc.sim;

/**
 * A finished simulation: the report text, the trace JSON (null unless asked for), the instructions interpreted and
 * the ejection reason (null when the policy stayed enabled).
 */
public record SimResult(String text, String traceJson, long instructions, String ejection) {
    public boolean ejected() { return ejection != null; }
}
