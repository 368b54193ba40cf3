package org.schedc.control;

/**
 * A bad or unusable policy map, target or argument, with the exit code the command should end with
 * ({@link #INPUT} for wrong input such as a map that is not a schedc map or a pid that does not exist,
 * {@link #IO} for a missing pin, a missing privilege or another system failure).
 */
public final class PolicyMapException extends Exception {
    public static final int INPUT = 1, IO = 2;

    private final int exitCode;

    public PolicyMapException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public static PolicyMapException input(String message) {
        return new PolicyMapException(INPUT, message);
    }

    public static PolicyMapException io(String message) {
        return new PolicyMapException(IO, message);
    }
}
