package org.schedc.codegen;

/**
 * Names of kfunc externs in the object. libbpf resolves an extern by its "essential" name, the part
 * before the last {@code ___}, so a kernel function whose own name has a {@code ___v2} flavour suffix
 * is declared with one more suffix; otherwise {@code scx_bpf_dsq_insert___v2} would bind to
 * {@code scx_bpf_dsq_insert}.
 */
public final class KsymNames {
    static final String SUFFIX = "___schedc";

    private KsymNames() {}

    /** The extern symbol for a kernel function name. */
    public static String externName(String kernelName) {
        return kernelName.contains("___") ? kernelName + SUFFIX : kernelName;
    }

    /** The kernel function an extern symbol binds to (the inverse of {@link #externName}). */
    public static String kernelName(String externName) {
        return externName.endsWith(SUFFIX) ? externName.substring(0, externName.length() - SUFFIX.length()) : externName;
    }
}
