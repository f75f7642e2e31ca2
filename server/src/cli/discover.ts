// Which files to check. A file given by path is checked whatever its name (as a swagger when the name ends in
// `.swagger.json`, otherwise as an apiProperties.json); a folder is searched recursively for names ending in
// apiProperties.json or apiDefinition.swagger.json (case-insensitive), which covers both the repository layout
// (`<connector>/apiProperties.json`) and flat dumps (`<prefix>.apiProperties.json`). Other `*.swagger.json` files in a
// folder are checked only when the pairing of a checked apiProperties.json leads to them (see check.ts).
import * as fs from 'fs';
import * as path from 'path';
import { displayBytes, firstInvalidUtf8 } from './terminalText';

export const TARGET_NAME = /(apiProperties|apiDefinition\.swagger)\.json$/i;
/** Files checked as a swagger: found in a folder by the name above, or given by path with this ending. */
const SWAGGER_NAME = /\.swagger\.json$/i;

export function isSwaggerPath(file: string): boolean {
  return SWAGGER_NAME.test(path.basename(file));
}
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export class InputError extends Error {}

export interface Discovery {
  /** Absolute paths, de-duplicated, in a stable order (arguments first, then sorted folder contents). */
  files: string[];
  /** Folders given that held no target file. */
  emptyFolders: string[];
  /** For each file, the path given on the command line it was found under (the folder, or the file itself). */
  inputOf: Map<string, { path: string; isFolder: boolean }>;
  /** Folders and files met on the way that could not be read or named: reported, and the walk goes on. */
  problems: { path: string; displayPath: string; message: string }[];
}

export function discoverFiles(inputs: readonly string[], cwd: string): Discovery {
  const d: Discovery = { files: [], emptyFolders: [], inputOf: new Map(), problems: [] };
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (e) {
      throw new InputError(`Cannot read "${input}": ${describeFsError(e)}.`);
    }
    const origin = { path: abs, isFolder: stat.isDirectory() };
    const add = (p: string) => { if (!d.inputOf.has(p)) { d.inputOf.set(p, origin); d.files.push(p); } };
    if (stat.isDirectory()) {
      const before = d.files.length, problemsBefore = d.problems.length;
      walk(abs, add, d.problems, cwd);
      // A folder whose contents could not all be read is reported as such, not as "no files found".
      if (d.files.length === before && d.problems.length === problemsBefore) d.emptyFolders.push(input);
    } else {
      add(abs);
    }
  }
  return d;
}

function walk(dir: string, add: (p: string) => void, problems: Discovery['problems'], cwd: string): void {
  let entries: fs.Dirent<Buffer>[];
  try {
    // Names as bytes: a name that is not UTF-8 would otherwise come back with U+FFFD and lead nowhere.
    entries = fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (e) {
    problems.push({ path: dir, displayPath: displayPathOf(dir, cwd), message: `cannot read the folder: ${describeFsError(e)}` });
    return;
  }
  const named = entries.map(entry => ({ entry, name: entry.name.toString('utf8'), valid: firstInvalidUtf8(entry.name) < 0 }));
  named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const subdirs: string[] = [];
  for (const { entry, name, valid } of named) {
    const p = path.join(dir, name);
    if (entry.isDirectory()) {
      if (SKIPPED_DIRS.has(name)) continue;
      if (valid) subdirs.push(p);
      else problems.push(badName(dir, entry.name, 'folder', cwd));
    } else if (TARGET_NAME.test(name)) {
      if (!valid) problems.push(badName(dir, entry.name, 'file', cwd));
      else if (entry.isFile() || isFileLink(p, entry)) add(p);
    }
  }
  for (const sub of subdirs) walk(sub, add, problems, cwd);
}

function badName(dir: string, name: Buffer, kind: 'file' | 'folder', cwd: string): Discovery['problems'][number] {
  const parent = path.resolve(dir) === path.resolve(cwd) ? '' : displayPathOf(dir, cwd) + '/';
  return {
    path: path.join(dir, name.toString('utf8')),
    displayPath: parent + displayBytes(name),
    message: `not checked: the ${kind} name is not valid UTF-8 (rename it; paths in reports and URIs must be text)`,
  };
}

/** Path as shown to the user: relative to the working directory when inside it, with `/` separators. */
export function displayPathOf(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  const shown = !rel || rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
  return shown.split(path.sep).join('/');
}

function isFileLink(p: string, entry: fs.Dirent<Buffer>): boolean {
  if (!entry.isSymbolicLink()) return false;
  try { return fs.statSync(p).isFile(); } catch { return false; }
}

export function describeFsError(e: unknown): string {
  const code = (e as { code?: string } | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': return 'permission denied';
    case 'EPERM': return 'operation not permitted';
    case 'EROFS': return 'read-only file system';
    case 'ENOSPC': return 'no space left on the device';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'EISDIR': return 'is a folder';
    case 'ENOTDIR': return 'not a folder';
    default: return code ?? (e instanceof Error ? e.message : String(e));
  }
}
