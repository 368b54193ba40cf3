package org.schedc.lsp;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Workspace events carry nothing the server uses: each policy file is analysed on its own. */
final class QuietWorkspaceService implements WorkspaceService {
    @Override public void didChangeConfiguration(DidChangeConfigurationParams params) { }
    @Override public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) { }
}
