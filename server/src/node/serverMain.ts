// Node entry of the language server: `node dist/server.js --stdio` (any editor) or IPC from the VS Code client.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { formatError } from '../runSafe';
import { nodeFileSystem } from './nodeFileSystem';
import { GitBaseReader } from './gitBaseReader';
import { tuneLanguageServer } from './v8Tuning';

tuneLanguageServer();

const connection = createConnection(ProposedFeatures.all);

// Last line of defence: log and keep serving. Request handlers are guarded individually; this catches timers.
process.on('uncaughtException', e => connection.console.error(formatError('Uncaught exception', e)));
process.on('unhandledRejection', e => connection.console.error(formatError('Unhandled rejection', e)));

// The rule docs ship in the extension (docs/rules beside dist/), so a diagnostic's link opens offline.
const shippedDocs = path.join(__dirname, '..', 'docs', 'rules');
const docsBase = fs.existsSync(shippedDocs) ? pathToFileURL(shippedDocs).href + '/' : undefined;

startServer(connection, {
  docsBase,
  fileSystem: nodeFileSystem,
  baseReader: new GitBaseReader(),
  timer: {
    setTimeout(callback, ms) {
      const handle = setTimeout(callback, ms);
      return { dispose: () => clearTimeout(handle) };
    },
  },
});
