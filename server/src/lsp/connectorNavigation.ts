// Swagger navigation and the operationId rename for the document kinds (swagger, apiProperties, script.csx): finds
// the connector's other files (engine/swaggerNavigation/folder.ts), reads each from its open buffer first and from the
// file system otherwise, calls the engine, and shapes the rename as the client declared: documentChanges with the
// versions of the open documents the edits were computed on (null for a file read from the disk), else `changes`.
// A withheld rename is answered with its reason (a ResponseError the client shows), never a partial edit.
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { DocumentSymbol, Location, Position, Range, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';
import type { FileKind, FileStat, FileSystem } from '../engine/swagger/fileSystem';
import { LIMITS } from '../engine/limits';
import {
  ConnectorFiles, locateConnectorFiles, NavigationFileKind, operationIdAt, operationReferences, prepareOperationIdRename,
  renameOperationIdAt, SourceFile, swaggerDefinition, swaggerOutline, swaggerReferences,
} from '../engine/swaggerNavigation';
import type { KindContext } from './kinds/types';

interface ReadFile extends SourceFile { version: number | null }

/** The folder as the editor sees it: open buffers over the file system (or alone, when the runtime has none). */
function editorView(ctx: KindContext): FileSystem {
  const open = (uri: string) => ctx.documents.get(uri);
  return {
    async readFile(uri) {
      const d = open(uri);
      if (d) return d.getText();
      if (!ctx.fileSystem) throw new Error(`no file system to read ${uri}`);
      return ctx.fileSystem.readFile(uri);
    },
    async stat(uri): Promise<FileStat | undefined> {
      const d = open(uri);
      if (d) return { kind: 'file', size: d.getText().length, mtime: -d.version };
      try { return await ctx.fileSystem?.stat(uri); } catch { return undefined; }
    },
    async readDirectory(uri) {
      let entries: [string, FileKind][] = [];
      try { entries = (await ctx.fileSystem?.readDirectory(uri)) ?? []; } catch { entries = []; }
      const dir = URI.parse(uri).toString();
      const names = new Set(entries.map(([n]) => n));
      for (const d of ctx.documents.all()) {
        const u = URI.parse(d.uri);
        const name = Utils.basename(u);
        if (Utils.dirname(u).toString() === dir && !names.has(name)) { names.add(name); entries.push([name, 'file']); }
      }
      return entries;
    },
  };
}

/** One connector file: the open buffer (with its version), else the disk (version null); undefined when unreadable or too large. */
async function readFile(uri: string, ctx: KindContext): Promise<ReadFile | undefined> {
  const d = ctx.documents.get(uri);
  if (d) return { uri, text: d.getText(), version: d.version };
  if (!ctx.fileSystem) return undefined;
  try {
    const stat = await ctx.fileSystem.stat(uri);
    if (!stat || stat.kind !== 'file' || stat.size > LIMITS.parseChars) return undefined;
    return { uri, text: await ctx.fileSystem.readFile(uri), version: null };
  } catch {
    return undefined;
  }
}

/** The connector folder of `doc` (which is a file of `kind`): its files as read now, and the version of each. */
async function folderOf(kind: NavigationFileKind, doc: TextDocument, ctx: KindContext): Promise<{ files?: ConnectorFiles; versions: Map<string, number | null> }> {
  const uris = await locateConnectorFiles(editorView(ctx), kind, doc.uri);
  const self: ReadFile = { uri: doc.uri, text: doc.getText(), version: doc.version };
  const read = (uri: string | undefined) => uri === undefined ? undefined : uri === doc.uri ? self : readFile(uri, ctx);
  const [swagger, apiProperties, script] = await Promise.all([read(uris.swagger), read(uris.apiProperties), read(uris.script)]);
  const versions = new Map<string, number | null>();
  for (const f of [swagger, apiProperties, script]) if (f) versions.set(f.uri, f.version);
  const plain = (f: ReadFile | undefined): SourceFile | undefined => f && { uri: f.uri, text: f.text };
  return { files: swagger ? { swagger: plain(swagger)!, apiProperties: plain(apiProperties), script: plain(script) } : undefined, versions };
}

const single = (doc: TextDocument): ConnectorFiles => ({ swagger: { uri: doc.uri, text: doc.getText() } });

function refuse(message: string): never {
  throw new ResponseError(LSPErrorCodes.RequestFailed, message);
}

const NOT_AN_OPERATION = 'Only an operationId can be renamed here (an operation\'s operationId, an x-ms-dynamic-* call, a policy operation name, a scriptOperations entry, or a script.csx comparison with Context.OperationId).';

export const connectorNavigation = {
  /** Swagger: a `$ref` to its target, an operationId to its declaration (the swagger alone is enough). */
  async swaggerDefinition(doc: TextDocument, position: Position): Promise<Location[]> {
    return swaggerDefinition(single(doc), doc.offsetAt(position)) as Location[];
  },

  /** Swagger: every `$ref` to a definition/parameter/response, or every use of an operationId in the folder. */
  async swaggerReferences(doc: TextDocument, position: Position, includeDeclaration: boolean, ctx: KindContext): Promise<Location[]> {
    const offset = doc.offsetAt(position);
    const files = operationIdAt('swagger', { uri: doc.uri, text: doc.getText() }, offset) ? (await folderOf('swagger', doc, ctx)).files : single(doc);
    return swaggerReferences(files ?? single(doc), offset, includeDeclaration) as Location[];
  },

  async swaggerSymbols(doc: TextDocument): Promise<DocumentSymbol[]> {
    return swaggerOutline({ uri: doc.uri, text: doc.getText() }) as DocumentSymbol[];
  },

  /** apiProperties.json: the uses of the operationId under the caret across the folder; undefined elsewhere (the caller answers). */
  async apiPropertiesReferences(doc: TextDocument, position: Position, includeDeclaration: boolean, ctx: KindContext): Promise<Location[] | undefined> {
    const found = operationIdAt('apiProperties', { uri: doc.uri, text: doc.getText() }, doc.offsetAt(position));
    if (!found) return undefined;
    const { files } = await folderOf('apiProperties', doc, ctx);
    return files ? operationReferences(files, found.value, includeDeclaration) as Location[] : undefined;
  },

  async prepareRename(kind: NavigationFileKind, doc: TextDocument, position: Position): Promise<{ range: Range; placeholder: string }> {
    return prepareOperationIdRename(kind, { uri: doc.uri, text: doc.getText() }, doc.offsetAt(position)) ?? refuse(NOT_AN_OPERATION);
  },

  async rename(kind: NavigationFileKind, doc: TextDocument, position: Position, newName: string, ctx: KindContext): Promise<WorkspaceEdit> {
    const offset = doc.offsetAt(position);
    if (!operationIdAt(kind, { uri: doc.uri, text: doc.getText() }, offset)) refuse(NOT_AN_OPERATION);
    const { files, versions } = await folderOf(kind, doc, ctx);
    if (!files) refuse('No swagger was found for this connector, so the operationId cannot be renamed.');
    const result = renameOperationIdAt(kind, files, offset, newName);
    if (!result) refuse(NOT_AN_OPERATION);
    if ('error' in result) refuse(result.error);
    if (!ctx.features.documentChanges) return { changes: result.changes };
    const documentChanges: TextDocumentEdit[] = Object.entries(result.changes).map(([uri, edits]) => ({ textDocument: { uri, version: versions.get(uri) ?? null }, edits }));
    return { documentChanges };
  },
};
