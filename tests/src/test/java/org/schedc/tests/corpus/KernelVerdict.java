package org.schedc.tests.corpus;

/**
 * What a real kernel said about one corpus object: one line of verdicts.tsv.
 *
 * @param failingInsn the verifier's failing instruction, -1 when accepted or when libbpf failed before the verifier
 * @param message the first line of the verifier's (or libbpf's) error, empty when accepted
 */
record KernelVerdict(String sha256, String kernel, String name, boolean accepted, int failingInsn, String message) {
    static final String HEADER = "# sha256\tkernel\tobject\tverdict\tfailing_insn\tmessage";

    String toTsv() {
        return String.join("\t", sha256, kernel, name, accepted ? "accept" : "reject",
                failingInsn < 0 ? "-" : Integer.toString(failingInsn), message.isEmpty() ? "-" : clean(message));
    }

    static KernelVerdict parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 6) throw new IllegalArgumentException("verdicts.tsv: expected 6 tab-separated fields: " + line);
        boolean accepted = switch (f[3]) {
            case "accept" -> true;
            case "reject" -> false;
            default -> throw new IllegalArgumentException("verdicts.tsv: verdict must be accept or reject: " + line);
        };
        return new KernelVerdict(f[0], f[1], f[2], accepted, f[4].equals("-") ? -1 : Integer.parseInt(f[4]), f[5].equals("-") ? "" : f[5]);
    }

    String key() {
        return sha256 + "/" + kernel;
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').strip();
    }
}
