// Web entry of the language server: a Web Worker started by the browser client (client/src/browser) in VS Code for
// the web (vscode.dev, github.dev). Same server as the node entry; only the transport and the file access differ:
// files are read through the client (clientFileSystem), since a worker has no disk.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server';
import { formatError } from '../runSafe';
import { clientFileSystem } from './clientFileSystem';

// The worker's global scope (the project's type check has no DOM/webworker lib; this is all the entry uses).
declare const self: {
  addEventListener(type: 'error', listener: (e: { error?: unknown; message: string }) => void): void;
  addEventListener(type: 'unhandledrejection', listener: (e: { reason: unknown }) => void): void;
};

const connection = createConnection(new BrowserMessageReader(self as never), new BrowserMessageWriter(self as never));

// Last line of defence, as in the node entry: log and keep serving.
self.addEventListener('error', e => connection.console.error(formatError('Uncaught exception', e.error ?? e.message)));
self.addEventListener('unhandledrejection', e => connection.console.error(formatError('Unhandled rejection', e.reason)));

startServer(connection, {
  // No docsBase: a diagnostic's rule link goes to the published docs (a file beside the worker would not open).
  fileSystem: clientFileSystem(connection),
  timer: {
    setTimeout(callback, ms) {
      const handle = setTimeout(callback, ms);
      return { dispose: () => clearTimeout(handle) };
    },
  },
});
