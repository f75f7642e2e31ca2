// Resolves the SwaggerContext of an apiProperties.json: pairing through the file system, open editor buffers taking
// precedence over disk (unsaved edits count), one parse per swagger version. The language server, the CLI and the
// corpus tests all go through here; it never throws: problems become a status on the context.
import { URI } from 'vscode-uri';
import type { FileKind, FileStat, FileSystem } from './fileSystem';
import { findSwagger } from './pairing';
import { SwaggerParseCache, SwaggerParser } from './swaggerModel';
import type { SwaggerContext } from './types';
import { decodeUriSafe } from '../uri';

/** Swaggers above this size are not parsed (the largest real one is about 1 MB). */
export const DEFAULT_MAX_SWAGGER_BYTES = 20 * 1024 * 1024;

function key(uri: string): string {
  // VS Code and node spell the same file URI differently (%20 vs space, drive letter case): compare normalised.
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}

/** A FileSystem view where open buffers replace (or add) files on disk. */
export class OverlayFileSystem implements FileSystem {
  private readonly buffers = new Map<string, { uri: string; text: string; version: number }>();

  constructor(private readonly disk: FileSystem) {}

  open(uri: string, text: string, version: number): void {
    this.buffers.set(key(uri), { uri, text, version });
  }

  close(uri: string): void {
    this.buffers.delete(key(uri));
  }

  buffer(uri: string): { text: string; version: number } | undefined {
    return this.buffers.get(key(uri));
  }

  async readFile(uri: string): Promise<string> {
    const b = this.buffers.get(key(uri));
    return b ? b.text : this.disk.readFile(uri);
  }

  async stat(uri: string): Promise<FileStat | undefined> {
    const b = this.buffers.get(key(uri));
    if (b) return { kind: 'file', size: b.text.length, mtime: -b.version };
    try {
      return await this.disk.stat(uri);
    } catch {
      return undefined;
    }
  }

  async readBytes(uri: string, max: number): Promise<Uint8Array> {
    if (!this.disk.readBytes) throw new Error('bytes cannot be read here');
    return this.disk.readBytes(uri, max);
  }

  async readDirectory(uri: string): Promise<[string, FileKind][]> {
    let entries: [string, FileKind][] = [];
    try {
      entries = await this.disk.readDirectory(uri);
    } catch {
      entries = [];
    }
    const dir = key(uri).replace(/\/$/, '') + '/';
    const names = new Set(entries.map(e => e[0]));
    for (const b of this.buffers.values()) {
      const k = key(b.uri);
      if (!k.startsWith(dir) || k.slice(dir.length).includes('/')) continue;
      const name = decodeUriSafe(k.slice(dir.length));
      if (!names.has(name)) entries.push([name, 'file']);
    }
    return entries;
  }
}

export interface SwaggerStoreOptions {
  maxBytes?: number;
  /** Size of the swagger texts the parse cache may hold (default DEFAULT_SWAGGER_CACHE_BYTES). */
  cacheBytes?: number;
  /** How texts become contexts (default parseSwagger); the command line derives them from the validator's parse. */
  parse?: SwaggerParser;
}

export class SwaggerStore {
  readonly files: OverlayFileSystem;
  private readonly cache: SwaggerParseCache;
  /** Last pairing per apiProperties uri: which files, when changed, call for re-validation. */
  private readonly watched = new Map<string, Set<string>>();
  private readonly maxBytes: number;

  constructor(disk: FileSystem, options: SwaggerStoreOptions = {}) {
    this.files = new OverlayFileSystem(disk);
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_SWAGGER_BYTES;
    this.cache = new SwaggerParseCache(options.cacheBytes, undefined, options.parse);
  }

  /** Editor buffers: an open swagger (or settings.json) is read from here instead of disk. */
  openBuffer(uri: string, text: string, version: number): void {
    this.files.open(uri, text, version);
  }

  closeBuffer(uri: string): void {
    this.files.close(uri);
    this.cache.delete(key(uri));
  }

  /** The swagger context for an apiProperties.json; status `missing`/`unreadable`/`invalid` instead of errors. */
  async contextFor(apiPropertiesUri: string): Promise<SwaggerContext> {
    let pairing;
    try {
      pairing = await findSwagger(this.files, apiPropertiesUri);
    } catch (e) {
      pairing = { problem: `the folder could not be read (${message(e)})`, dependsOn: [] };
    }
    const deps = new Set(pairing.dependsOn.map(key));
    if (pairing.swaggerUri) deps.add(key(pairing.swaggerUri));
    this.watched.set(key(apiPropertiesUri), deps);
    const empty = { operations: new Map(), securityDefinitions: {} };
    if (!pairing.swaggerUri) return { uri: '', ...empty, status: 'missing', problem: pairing.problem };

    const uri = pairing.swaggerUri;
    const unreadable = (problem: string): SwaggerContext => ({ uri, ...empty, status: 'unreadable', problem, pairedBy: pairing.kind });
    let stat: FileStat | undefined;
    try {
      stat = await this.files.stat(uri);
    } catch (e) {
      return unreadable(`the swagger could not be read (${message(e)})`);
    }
    if (!stat) return { uri, ...empty, status: 'missing', problem: 'the swagger file no longer exists', pairedBy: pairing.kind };
    if (stat.kind !== 'file') return unreadable('the swagger path is a folder, not a file');
    if (stat.size > this.maxBytes) return unreadable(`the swagger is too large to check (${Math.round(stat.size / 1048576)} MB)`);
    const buffer = this.files.buffer(uri);
    const stamp = buffer ? `v${buffer.version}:${buffer.text.length}` : `m${stat.mtime}:${stat.size}`;
    try {
      return await this.cache.get(key(uri), stamp, () => this.files.readFile(uri), pairing.kind).then(c => c.uri === uri ? c : { ...c, uri });
    } catch (e) {
      return unreadable(`the swagger could not be read (${message(e)})`);
    }
  }

  /**
   * The apiProperties uris whose pairing may change when `changedUri` changes (the paired swagger, settings.json,
   * or any new/removed *.swagger.json in their folder).
   */
  affectedBy(changedUri: string, candidates: Iterable<string>): string[] {
    const changed = key(changedUri);
    const dir = changed.slice(0, changed.lastIndexOf('/') + 1);
    const out: string[] = [];
    for (const uri of candidates) {
      const k = key(uri);
      const deps = this.watched.get(k);
      const sameFolder = k.slice(0, k.lastIndexOf('/') + 1) === dir;
      if (sameFolder || deps?.has(changed)) out.push(uri);
    }
    return out;
  }

  /** Drops cached parses of a file that changed on disk (its mtime would also tell, but a watcher event is sure). */
  invalidate(uri: string): void {
    this.cache.delete(key(uri));
  }

  /** A document closed: its pairing is no longer watched, and swaggers no other document pairs with are dropped. */
  forget(apiPropertiesUri: string): void {
    if (!this.watched.delete(key(apiPropertiesUri))) return;
    const needed = new Set<string>();
    for (const deps of this.watched.values()) for (const d of deps) needed.add(d);
    this.cache.retain(uri => needed.has(uri));
  }

  /** Swaggers held parsed: how many, and the size of their texts. */
  get cached(): { count: number; bytes: number } {
    return { count: this.cache.size, bytes: this.cache.bytes };
  }

  get parseCount(): number {
    return this.cache.parses;
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
