package org.schedc.diag;

public enum Severity {
    ERROR, WARNING, NOTE;

    public String label() {
        return switch (this) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }
}
