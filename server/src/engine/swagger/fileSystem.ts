import { decodeUriSafe } from '../uri';
// The little file access the cross-file features need. The engine stays free of `fs` so it can run in the browser
// and in tests; the node server, the CLI and the corpus tests pass an implementation (see node/nodeFileSystem.ts),
// tests pass an in-memory fake.
export type FileKind = 'file' | 'directory' | 'other';

export interface FileStat {
  kind: FileKind;
  size: number;
  /** Modification time in ms; part of the parse-cache key. */
  mtime: number;
}

export interface FileSystem {
  /** UTF-8 text of a file; rejects when it cannot be read. */
  readFile(uri: string): Promise<string>;
  /** undefined when nothing exists at `uri`. */
  stat(uri: string): Promise<FileStat | undefined>;
  /** Entries of a folder (names, not URIs); rejects or returns [] when the folder cannot be listed. */
  readDirectory(uri: string): Promise<[name: string, kind: FileKind][]>;
  /** The first `max` bytes of a file (binary files: the icon); absent where bytes cannot be read. */
  readBytes?(uri: string, max: number): Promise<Uint8Array>;
  /**
   * Whether a document at `uri` lives in a folder this file system can list, so a swagger can be paired with it.
   * Absent: only `file:` URIs (an untitled buffer has no folder, and so gets no "no swagger" note).
   */
  serves?(uri: string): boolean;
}

/** The `serves` of a file system, with its default. */
export function fileSystemServes(fs: FileSystem, uri: string): boolean {
  return fs.serves ? fs.serves(uri) : /^file:/i.test(uri);
}

/** An in-memory file system keyed by URI; for tests and for callers that already hold the texts. */
export class MemoryFileSystem implements FileSystem {
  private readonly files = new Map<string, { text: string; mtime: number; bytes?: Uint8Array }>();
  private readonly dirs = new Set<string>();
  private clock = 1;

  set(uri: string, text: string): this {
    this.files.set(uri, { text, mtime: this.clock++ });
    this.addParents(uri);
    return this;
  }

  /** A binary file (its text is the bytes read as Latin-1). */
  setBytes(uri: string, bytes: Uint8Array): this {
    this.files.set(uri, { text: String.fromCharCode(...bytes), mtime: this.clock++, bytes });
    this.addParents(uri);
    return this;
  }

  async readBytes(uri: string, max: number): Promise<Uint8Array> {
    const f = this.files.get(uri);
    if (!f) throw new Error(`ENOENT: ${uri}`);
    return (f.bytes ?? new TextEncoder().encode(f.text)).slice(0, max);
  }

  mkdir(uri: string): this {
    this.dirs.add(uri);
    this.addParents(uri);
    return this;
  }

  delete(uri: string): this {
    this.files.delete(uri);
    this.dirs.delete(uri);
    return this;
  }

  async readFile(uri: string): Promise<string> {
    const f = this.files.get(uri);
    if (!f) throw new Error(this.dirs.has(uri) ? `EISDIR: ${uri}` : `ENOENT: ${uri}`);
    return f.text;
  }

  async stat(uri: string): Promise<FileStat | undefined> {
    const f = this.files.get(uri);
    if (f) return { kind: 'file', size: f.text.length, mtime: f.mtime };
    return this.dirs.has(uri) ? { kind: 'directory', size: 0, mtime: 0 } : undefined;
  }

  async readDirectory(uri: string): Promise<[string, FileKind][]> {
    const prefix = uri.endsWith('/') ? uri : uri + '/';
    const out: [string, FileKind][] = [];
    for (const f of this.files.keys()) if (f.startsWith(prefix) && !f.slice(prefix.length).includes('/')) out.push([decodeUriSafe(f.slice(prefix.length)), 'file']);
    for (const d of this.dirs) if (d.startsWith(prefix) && d.length > prefix.length && !d.slice(prefix.length).includes('/')) out.push([decodeUriSafe(d.slice(prefix.length)), 'directory']);
    return out;
  }

  private addParents(uri: string): void {
    let i = uri.lastIndexOf('/');
    while (i > 'file:///'.length) {
      uri = uri.slice(0, i);
      this.dirs.add(uri);
      i = uri.lastIndexOf('/');
    }
  }
}

/**
 * `fs` with each folder listed at most once: for one check that asks several questions of the same folder (custom
 * code beside apiProperties.json, its readme, its icon), so a folder costs one listing (one round trip in the web).
 */
export function listingOnce(fs: FileSystem): FileSystem {
  const listings = new Map<string, Promise<[string, FileKind][]>>();
  return {
    readFile: uri => fs.readFile(uri),
    stat: uri => fs.stat(uri),
    readDirectory(uri) {
      let listing = listings.get(uri);
      if (!listing) listings.set(uri, listing = fs.readDirectory(uri));
      return listing;
    },
    readBytes: fs.readBytes ? (uri, max) => fs.readBytes!(uri, max) : undefined,
    serves: fs.serves ? uri => fs.serves!(uri) : undefined,
  };
}
