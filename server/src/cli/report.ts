// What a run produces, independent of the output format: per file its diagnostics (already filtered by --quiet),
// and the counts the exit code and summaries use.
import type { Diagnostic } from 'vscode-json-languageservice';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';
const NAMES: Record<number, SeverityName> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

export function severityName(d: Diagnostic): SeverityName {
  return NAMES[d.severity ?? 1] ?? 'error';
}

export interface FileChange {
  /** 1-based line numbers of the changed region in the old and the new text. */
  oldStart: number;
  oldLines: string[];
  newStart: number;
  newLines: string[];
}

export interface FileReport {
  /** Absolute path. */
  path: string;
  /** Path as shown to the user: relative to the working directory when inside it, with `/` separators. */
  displayPath: string;
  /** The text the diagnostics refer to (after fixes, when --fix wrote them). */
  text: string;
  diagnostics: Diagnostic[];
  /** How many of the diagnostics have a safe fix (what --fix would repair). */
  fixable: number;
  /**
   * Set for a swagger (checked with the Swagger Validator rules), a paconn settings.json, an icon or a readme; unset for
   * an apiProperties.json or a script.
   */
  kind?: 'swagger' | 'settings' | 'icon' | 'readme';
  /** Paired swagger used for the cross-file checks, when one was found. */
  swaggerPath?: string;
  /** --fix / --fix-dry-run: how many fixes were applied and what changed. */
  fixes?: {
    applied: number; titles: string[]; changes: FileChange[]; written: boolean;
    /** Why the fixes were not written (read-only, changed meanwhile, not UTF-8, outside the paths given, I/O error). */
    error?: string;
  };
  /** The configuration file that applied to this file, if any. */
  config?: { path: string; displayPath: string; validate: boolean };
}

export interface RunReport {
  files: FileReport[];
  /**
   * Paths that could not be read or written (I/O errors, devices, names that are not UTF-8, fixes not written):
   * reported in every format, and the run exits 2. (Named before it also held write failures; the JSON field stays.)
   */
  unreadable: { path: string; displayPath: string; message: string }[];
  toolVersion: string;
  /** Base of the rule documentation links. */
  docsBase: string;
}

export interface Counts {
  error: number;
  warning: number;
  information: number;
  hint: number;
  fixable: number;
  files: number;
  filesWithProblems: number;
}

export function countReport(report: RunReport): Counts {
  const c: Counts = { error: 0, warning: 0, information: 0, hint: 0, fixable: 0, files: report.files.length, filesWithProblems: 0 };
  for (const f of report.files) {
    if (f.diagnostics.length) c.filesWithProblems++;
    for (const d of f.diagnostics) {
      c[severityName(d)]++;
    }
    c.fixable += f.fixable;
  }
  return c;
}

/** The configuration files that applied, each with the number of files it applied to, in order of first use. */
export function configFiles(report: RunReport): { path: string; files: number; validate: boolean }[] {
  const m = new Map<string, { path: string; files: number; validate: boolean }>();
  for (const f of report.files) {
    if (!f.config) continue;
    const c = m.get(f.config.path) ?? { path: f.config.displayPath, files: 0, validate: f.config.validate };
    c.files++;
    m.set(f.config.path, c);
  }
  return [...m.values()];
}

/** Count of findings per rule id, most frequent first (ties by id). */
export function countByRule(report: RunReport): [string, number][] {
  const m = new Map<string, number>();
  for (const f of report.files) for (const d of f.diagnostics) m.set(ruleId(d), (m.get(ruleId(d)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** Diagnostic messages are plain strings in this engine; MarkupContent is allowed by the type only. */
export function messageText(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : (d.message as { value: string }).value;
}

export function ruleId(d: Diagnostic): string {
  return d.code === undefined ? 'schema' : String(d.code);
}

/** Diagnostics in reading order, so every format lists them the same way. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) =>
    a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character
    || (a.severity ?? 1) - (b.severity ?? 1) || (ruleId(a) < ruleId(b) ? -1 : ruleId(a) > ruleId(b) ? 1 : 0));
}
