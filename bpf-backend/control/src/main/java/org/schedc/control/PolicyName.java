package org.schedc.control;

import java.util.regex.Pattern;

/** A policy name as the DSL allows it; the map names and the pin paths are built from it. */
public final class PolicyName {
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private PolicyName() {
    }

    /** Returns {@code name} or throws (exit 2: usage) when it could not be a policy name (and so not a pin file name). */
    public static String require(String name) throws PolicyMapException {
        if (name == null || !IDENT.matcher(name).matches() || name.length() > 200) {
            throw PolicyMapException.io("'" + name + "' is not a policy name (letters, digits and _, not starting with a digit)");
        }
        return name;
    }
}
