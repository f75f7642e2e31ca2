// The engine's FileSystem on node's fs (language server, CLI, corpus tests). Only file: URIs are readable; other
// schemes (untitled, vscode-vfs) answer "not found", so cross-file checks quietly report a missing swagger.
import { constants as fsConstants, promises as fsp } from 'fs';
import { pathToFileURL } from 'url';
import { URI } from 'vscode-uri';
import type { FileKind, FileStat, FileSystem } from '../engine/swagger/fileSystem';
import { SwaggerStore } from '../engine/swagger/store';
import type { SwaggerContext } from '../engine/swagger/types';

function toPath(uri: string): string | undefined {
  const u = URI.parse(uri);
  return u.scheme === 'file' ? u.fsPath : undefined;
}

export const nodeFileSystem: FileSystem = {
  async readFile(uri) {
    const p = toPath(uri);
    if (!p) throw new Error(`not a file URI: ${uri}`);
    return fsp.readFile(p, 'utf8');
  },
  async stat(uri): Promise<FileStat | undefined> {
    const p = toPath(uri);
    if (!p) return undefined;
    try {
      const s = await fsp.stat(p);
      return { kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size, mtime: s.mtimeMs };
    } catch {
      return undefined;
    }
  },
  async readBytes(uri, max) {
    const p = toPath(uri);
    if (!p) throw new Error(`not a file URI: ${uri}`);
    // Non-blocking, and only a regular file: a FIFO or a device named icon.png must not stall the server.
    const handle = await fsp.open(p, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    try {
      if (!(await handle.stat()).isFile()) throw new Error(`not a regular file: ${p}`);
      const buf = Buffer.alloc(max);
      const { bytesRead } = await handle.read(buf, 0, max, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  },
  async readDirectory(uri) {
    const p = toPath(uri);
    if (!p) return [];
    const entries = await fsp.readdir(p, { withFileTypes: true });
    return entries.map(e => [e.name, (e.isFile() ? 'file' : e.isDirectory() ? 'directory' : 'other') as FileKind]);
  },
};

/** The file URI of a path, spelt as the engine spells URIs. */
export function fileUri(path: string): string {
  return URI.parse(pathToFileURL(path).href).toString();
}

let sharedStore: SwaggerStore | undefined;

/**
 * The SwaggerContext for an apiProperties.json on disk (also pairs the corpus naming `<prefix>.apiProperties.json` ->
 * `<prefix>.apiDefinition.swagger.json`). For the CLI and the corpus gate: pass the result as `validate(..., { swagger })`
 * and validate the document under the same URI (`fileUri(path)`).
 */
export function swaggerContextForPath(apiPropertiesPath: string, store: SwaggerStore = (sharedStore ??= new SwaggerStore(nodeFileSystem))): Promise<SwaggerContext> {
  return store.contextFor(fileUri(apiPropertiesPath));
}
