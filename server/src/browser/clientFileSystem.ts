// The engine's FileSystem for a server without one (the web worker): every read is a request to the client, which
// answers with `vscode.workspace.fs` (see client/src/fileSystemRequests.ts). So in vscode.dev and github.dev the
// cross-file checks read the repository the editor shows, through whatever virtual file system serves it.
import type { Connection } from 'vscode-languageserver';
import type { FileKind, FileStat, FileSystem } from '../engine/swagger/fileSystem';
import { ReadDirectoryRequest, ReadFileRequest, StatRequest } from '../common/protocol';

/**
 * Schemes of editor-only documents: they have no folder, so nothing is paired with them (and no "no swagger" note
 * appears). Every other scheme is asked of the client, whose file systems decide what exists.
 */
const NO_FOLDER = new Set(['untitled', 'vscode-notebook-cell', 'vscode-interactive-input', 'output', 'git', 'vscode-scm', 'walkthroughsnippet', 'vscode-chat-code-block', 'vscode-userdata', 'vscode-settings']);

function scheme(uri: string): string {
  return /^([a-z][\w+.-]*):/i.exec(uri)?.[1].toLowerCase() ?? '';
}

export function clientFileSystem(connection: Connection): FileSystem {
  return {
    readFile: uri => connection.sendRequest(ReadFileRequest, { uri }),
    stat: async (uri): Promise<FileStat | undefined> => (await connection.sendRequest(StatRequest, { uri })) ?? undefined,
    readDirectory: (uri): Promise<[string, FileKind][]> => connection.sendRequest(ReadDirectoryRequest, { uri }),
    serves: uri => { const s = scheme(uri); return s !== '' && !NO_FOLDER.has(s); },
  };
}
