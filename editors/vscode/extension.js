// Starts `schedc lsp` for .sched files. The server does all the work (diagnostics, hover,
// completion, definition, outline); this file only wires VS Code to it.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function serverOptions() {
  const config = vscode.workspace.getConfiguration('schedc');
  const command = config.get('path') || 'schedc';
  const args = [...(config.get('extraArgs') || []), 'lsp'];
  return { command, args, transport: TransportKind.stdio };
}

async function start(context) {
  client = new LanguageClient('schedc', 'schedc language server', serverOptions(), {
    documentSelector: [{ scheme: 'file', language: 'schedc' }, { scheme: 'untitled', language: 'schedc' }],
  });
  await client.start();
}

async function activate(context) {
  context.subscriptions.push(vscode.commands.registerCommand('schedc.restartServer', async () => {
    if (client) await client.stop();
    await start(context);
  }));
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async (e) => {
    // A new path means a new server binary: restart so it takes effect.
    if (e.affectsConfiguration('schedc.path') || e.affectsConfiguration('schedc.extraArgs')) {
      if (client) await client.stop();
      await start(context);
    }
  }));
  await start(context);
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate };
