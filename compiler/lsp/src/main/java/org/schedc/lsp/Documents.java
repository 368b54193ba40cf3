package org.schedc.lsp;

/** Where a document lives: a file URI names the path its relative imports are resolved from. */
final class Documents {
    private Documents() {}

    /** The file path of a {@code file:} URI (percent-decoded), else the URI as given. */
    static String path(String uri) {
        try {
            java.net.URI u = java.net.URI.create(uri);
            if ("file".equals(u.getScheme()) && u.getPath() != null) return u.getPath();
        } catch (IllegalArgumentException e) { /* not a URI: show it as given */ }
        return uri;
    }
}
