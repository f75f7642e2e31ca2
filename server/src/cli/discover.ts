// Which files to check. A file given by path is checked whatever its name; a folder is searched recursively for
// names ending in apiProperties.json (case-insensitive), which covers both the repository layout
// (`<connector>/apiProperties.json`) and flat dumps (`<prefix>.apiProperties.json`).
import * as fs from 'fs';
import * as path from 'path';

export const TARGET_NAME = /apiProperties\.json$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export class InputError extends Error {}

export interface Discovery {
  /** Absolute paths, de-duplicated, in a stable order (arguments first, then sorted folder contents). */
  files: string[];
  /** Folders given that held no target file. */
  emptyFolders: string[];
}

export function discoverFiles(inputs: readonly string[], cwd: string): Discovery {
  const seen = new Set<string>();
  const files: string[] = [];
  const emptyFolders: string[] = [];
  const add = (p: string) => { if (!seen.has(p)) { seen.add(p); files.push(p); } };
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (e) {
      throw new InputError(`Cannot read "${input}": ${describeFsError(e)}.`);
    }
    if (stat.isDirectory()) {
      const before = files.length;
      walk(abs, add);
      if (files.length === before) emptyFolders.push(input);
    } else {
      add(abs);
    }
  }
  return { files, emptyFolders };
}

function walk(dir: string, add: (p: string) => void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new InputError(`Cannot read folder "${dir}": ${describeFsError(e)}.`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const subdirs: string[] = [];
  for (const entry of entries) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) subdirs.push(p);
    } else if (TARGET_NAME.test(entry.name) && (entry.isFile() || isFileLink(p, entry))) {
      add(p);
    }
  }
  for (const d of subdirs) walk(d, add);
}

function isFileLink(p: string, entry: fs.Dirent): boolean {
  if (!entry.isSymbolicLink()) return false;
  try { return fs.statSync(p).isFile(); } catch { return false; }
}

export function describeFsError(e: unknown): string {
  const code = (e as { code?: string } | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ENOTDIR': return 'not a folder';
    default: return code ?? (e instanceof Error ? e.message : String(e));
  }
}
