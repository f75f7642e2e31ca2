// The rest of each connector folder: beside every checked apiProperties.json / apiDefinition.swagger.json, the paconn
// settings.json, the icon and the readme are checked and reported as files of their own (script.csx is script.ts's).
// A folder with only some of them is fine; a certified or Independent Publisher folder without readme.md gets
// `readme-missing` on its apiProperties.json. Flat dumps (`<prefix>.apiProperties.json`) are no connector folder.
// These files are also checked when given by path.
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-json-languageservice';
import { iconDiagnostics, readmeDiagnostics, readmeMissingDiagnostic } from '../engine/folder/diagnostics';
import { isReadmeName } from '../engine/folder/readme';
import { isPaconnSettings, isSettingsFileName, namedFile, resolveNamed } from '../engine/paconnSettings/files';
import { validatePaconnSettings } from '../engine/paconnSettings/service';
import { EngineSettings, resolveProfile } from '../engine/settings';
import { fileUri, nodeFileSystem } from '../node/nodeFileSystem';
import { URI } from 'vscode-uri';
import { describeFsError } from './discover';
import { toDisplayPath } from './check';
import { FileReport, RunReport, severityName } from './report';
import { readSource, SourceError } from './sourceFile';

export interface FolderOptions {
  cwd: string;
  quiet: boolean;
  docsBase: string;
  settingsFor(file: string): { settings: EngineSettings; configPath?: string };
}

/** Files of a connector folder this module checks, when given by path (any casing). */
export function isFolderFilePath(file: string): boolean {
  const name = path.basename(file).toLowerCase();
  return name === 'settings.json' || name === 'icon.png' || isReadmeName(name);
}

const CONNECTOR_FILE = /^(apiProperties|apiDefinition\.swagger)\.json$/i;
/** Bytes read from an icon: the PNG signature and the IHDR chunk need 33. */
const ICON_HEAD = 64;

export async function addFolderFiles(report: RunReport, given: readonly string[], options: FolderOptions): Promise<void> {
  const done = new Set(report.files.map(f => f.path));
  const folders: string[] = [];
  /** Folders of a checked apiProperties.json or swagger: all their files are checked. Others: only the files given. */
  const connectorFolders = new Set<string>();
  for (const f of report.files.map(f => f.path)) if (CONNECTOR_FILE.test(path.basename(f))) connectorFolders.add(path.dirname(f));
  for (const f of [...report.files.map(f => f.path), ...given]) {
    const dir = path.dirname(f);
    if ((connectorFolders.has(dir) || given.includes(f)) && !folders.includes(dir)) folders.push(dir);
  }
  const entriesOf = (dir: string): fs.Dirent[] => { try { return fs.readdirSync(dir, { withFileTypes: true }); } catch { return []; } };
  for (const dir of folders) {
    // The folder's files go right after its other files, so each format lists a connector together.
    const added: FileReport[] = [];
    const entries = entriesOf(dir);
    const find = (test: (lower: string) => boolean) => entries.find(e => test(e.name.toLowerCase()) && (e.isFile() || e.isSymbolicLink()))?.name;
    const apiProperties = report.files.find(f => path.dirname(f.path) === dir && /^apiProperties\.json$/i.test(path.basename(f.path)));
    const besideApiProperties = !!apiProperties || !!find(n => n === 'apiproperties.json');
    const givenHere = given.filter(g => path.dirname(g) === dir);
    const inFolder = (test: (lower: string) => boolean) => {
      const name = find(test);
      // A connector folder contributes its own files; a folder reached only through a given file, just that file.
      if (name && connectorFolders.has(dir)) return path.join(dir, name);
      return givenHere.find(g => test(path.basename(g).toLowerCase()));
    };

    // settings.json first: it may name the icon.
    let iconPath: string | undefined;
    const settingsPath = inFolder(n => n === 'settings.json');
    if (settingsPath && !done.has(settingsPath)) {
      done.add(settingsPath);
      const entry = await checkSettings(settingsPath, besideApiProperties, given.includes(settingsPath), options, report);
      if (entry) {
        added.push(entry);
        const named = namedFile(entry.text, 'icon');
        const target = named ? URI.parse(resolveNamed(fileUri(settingsPath), named)) : undefined;
        if (connectorFolders.has(dir) && target?.scheme === 'file' && isRegularFile(target.fsPath)) iconPath = target.fsPath;
      }
    }
    iconPath ??= inFolder(n => n === 'icon.png');
    if (iconPath && !done.has(iconPath)) {
      done.add(iconPath);
      const entry = checkIcon(iconPath, options, report);
      if (entry) added.push(entry);
    }
    const readmePath = inFolder(isReadmeName);
    if (readmePath && !done.has(readmePath)) {
      done.add(readmePath);
      const entry = checkReadme(readmePath, options, report);
      if (entry) added.push(entry);
    } else if (!readmePath && apiProperties && apiProperties.kind === undefined) {
      const { settings } = options.settingsFor(apiProperties.path);
      const d = readmeMissingDiagnostic({ profile: resolveProfile(settings.profile, apiProperties.path), settings, docsBase: options.docsBase });
      if (d) apiProperties.diagnostics.push(...keep([d], options.quiet));
    }
    let last = -1;
    report.files.forEach((f, i) => { if (path.dirname(f.path) === dir) last = i; });
    report.files.splice(last < 0 ? report.files.length : last + 1, 0, ...added);
  }
}

function keep(ds: Diagnostic[], quiet: boolean): Diagnostic[] {
  return quiet ? ds.filter(d => severityName(d) === 'error') : ds;
}

function isRegularFile(p: string): boolean {
  try { return fs.statSync(p).isFile(); } catch { return false; }
}

function baseEntry(file: string, text: string, diagnostics: Diagnostic[], options: FolderOptions, kind: FileReport['kind'], configPath?: string, validate = true): FileReport {
  return {
    path: file, displayPath: toDisplayPath(file, options.cwd), text, diagnostics: keep(diagnostics, options.quiet), fixable: 0, kind,
    ...(configPath ? { config: { path: configPath, displayPath: toDisplayPath(configPath, options.cwd), validate } } : {}),
  };
}

function unreadable(file: string, e: unknown, options: FolderOptions, report: RunReport): undefined {
  report.unreadable.push({ path: file, displayPath: toDisplayPath(file, options.cwd), message: e instanceof SourceError ? e.message : `cannot read the file: ${describeFsError(e)}` });
  return undefined;
}

async function checkSettings(file: string, besideApiProperties: boolean, givenByPath: boolean, options: FolderOptions, report: RunReport): Promise<FileReport | undefined> {
  let text: string;
  try { text = readSource(file).text; } catch (e) { return unreadable(file, e, options, report); }
  const uri = fileUri(file);
  // A settings.json that is not paconn's (the editor's, another tool's) is not ours to judge, even when given by path.
  if (!isPaconnSettings(uri, text, besideApiProperties || givenByPath && !isEditorSettings(file))) return undefined;
  const { settings, configPath } = options.settingsFor(file);
  const diagnostics = await validatePaconnSettings(TextDocument.create(uri, 'json', 1, text), { settings, fileSystem: nodeFileSystem, docsBase: options.docsBase });
  return baseEntry(file, text, diagnostics, options, 'settings', configPath, settings.validate);
}

function isEditorSettings(file: string): boolean {
  return path.basename(path.dirname(file)).toLowerCase() === '.vscode' || !isSettingsFileName(file);
}

function checkIcon(file: string, options: FolderOptions, report: RunReport): FileReport | undefined {
  let head: Buffer;
  try { head = readHead(file, ICON_HEAD); } catch (e) { return unreadable(file, e, options, report); }
  const { settings, configPath } = options.settingsFor(file);
  const profile = resolveProfile(settings.profile, file);
  const diagnostics = iconDiagnostics(head, { profile, settings, docsBase: options.docsBase }, path.basename(file));
  // Binary: the report carries no text of it (formats show positions only).
  return baseEntry(file, '', diagnostics, options, 'icon', configPath, settings.validate);
}

function checkReadme(file: string, options: FolderOptions, report: RunReport): FileReport | undefined {
  let text: string;
  try { text = readSource(file).text; } catch (e) { return unreadable(file, e, options, report); }
  const { settings, configPath } = options.settingsFor(file);
  const diagnostics = readmeDiagnostics(text, { profile: resolveProfile(settings.profile, file), settings, docsBase: options.docsBase });
  return baseEntry(file, text, diagnostics, options, 'readme', configPath, settings.validate);
}

/** The first `n` bytes of a regular file (never a device or a FIFO: refused before reading). */
function readHead(file: string, n: number): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    if (!fs.fstatSync(fd).isFile()) throw new SourceError('cannot read the file: not a regular file');
    const buf = Buffer.alloc(n);
    const read = fs.readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}
