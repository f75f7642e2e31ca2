// Answers the server's file reads (`ppConnector/fs/*`) with `vscode.workspace.fs`. The web worker server has no disk;
// through these it reads the paired swagger, a paconn settings.json and .pp-connector.json from whatever file
// system holds the workspace: github.dev's and vscode.dev's virtual ones, a remote's, or the disk. Reads only.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ReadDirectoryRequest, ReadFileRequest, StatRequest } from '../../server/src/common';

type FileKind = 'file' | 'directory' | 'other';

function kindOf(type: vscode.FileType): FileKind {
  // Bit flags: a symbolic link to a file is File | SymbolicLink.
  return type & vscode.FileType.File ? 'file' : type & vscode.FileType.Directory ? 'directory' : 'other';
}

// Kept as node's readFile(…, 'utf8') keeps it: a byte order mark stays in the text (a rule reports it).
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

export function registerFileSystemRequests(client: BaseLanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    client.onRequest(ReadFileRequest, async ({ uri }) => utf8.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)))),
    client.onRequest(StatRequest, async ({ uri }) => {
      try {
        const s = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
        return { kind: kindOf(s.type), size: s.size, mtime: s.mtime };
      } catch {
        return null; // not found, or no file system serves the scheme: nothing there to pair
      }
    }),
    client.onRequest(ReadDirectoryRequest, async ({ uri }) =>
      (await vscode.workspace.fs.readDirectory(vscode.Uri.parse(uri))).map(([name, type]): [string, FileKind] => [name, kindOf(type)])),
  );
}
