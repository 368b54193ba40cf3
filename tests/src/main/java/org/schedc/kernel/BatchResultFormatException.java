package org.schedc.kernel;

/** A batch result file does not follow the guest's block format. */
public final class BatchResultFormatException extends RuntimeException {
    public BatchResultFormatException(int lineNumber, String line, String problem) {
        super("batch result line " + lineNumber + ": " + problem + ": \"" + abbreviate(line) + "\"");
    }

    private static String abbreviate(String line) {
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }
}
