// `--base <ref-or-path>`: after the usual checks, each connector's apiProperties.json and its swagger are compared
// with their base version (a git ref, or an old folder or file) and the breaking changes join the report, the swagger
// as a file of its own: the same entry as its own checks when the run checked it, so it is listed once. A connector the
// base does not have is new: one information note, no comparison.
import * as fs from 'fs';
import * as path from 'path';
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BASE_MISSING_CODE, breakingDiagnostics, ComparedKind, compareTexts } from '../engine/breaking';
import { EngineSettings, resolveProfile } from '../engine/settings';
import { SOURCE } from '../engine/validation';
import { fileUri } from '../node/nodeFileSystem';
import { BaseError, readBaseVersion } from '../node/baseVersion';
import { InputError } from './discover';
import { FileReport, RunReport, severityName } from './report';
import { toDisplayPath } from './check';

export interface BreakingOptions {
  base: string;
  cwd: string;
  quiet: boolean;
  docsBase: string;
  settingsFor(file: string): EngineSettings;
  swaggerFor?(file: string): Promise<{ path?: string }>;
}

/** An old file given as the base applies to files of its own kind only (a swagger to swaggers). */
function baseFileKind(base: string, cwd: string): ComparedKind | 'folder-or-ref' {
  const p = path.resolve(cwd, base);
  let isFile = false;
  try { isFile = fs.statSync(p).isFile(); } catch { /* a ref, or a path that does not exist: git decides */ }
  if (!isFile) return 'folder-or-ref';
  return /swagger/i.test(path.basename(p)) ? 'swagger' : 'apiProperties';
}

export async function addBreakingChanges(report: RunReport, options: BreakingOptions): Promise<void> {
  const fileKind = baseFileKind(options.base, options.cwd);
  const byPath = new Map(report.files.map(f => [f.path, f]));
  const compared = new Set<string>();
  for (const entry of [...report.files]) {
    const settings = options.settingsFor(entry.path);
    if (!settings.validate) continue;
    const profile = resolveProfile(settings.profile, entry.path);
    const keep = (ds: Diagnostic[]) => options.quiet ? ds.filter(d => severityName(d) === 'error') : ds;
    const compare = async (kind: ComparedKind, file: string, text: string): Promise<Diagnostic[] | 'missing'> => {
      if (fileKind !== 'folder-or-ref' && fileKind !== kind) return [];
      let base;
      try {
        base = await readBaseVersion(file, options.base, options.cwd);
      } catch (e) {
        throw e instanceof BaseError ? new InputError(e.message) : e;
      }
      if (base.kind === 'missing') return 'missing';
      const result = compareTexts(kind, base.text, text);
      if (result.problem) return []; // the file's own checks report invalid JSON; the base is not the user's to fix here
      const doc = TextDocument.create(fileUri(file), kind === 'swagger' ? 'json' : 'apiproperties', 1, text);
      return breakingDiagnostics(doc, result.findings, { profile, settings, docsBase: options.docsBase, baseLabel: base.label });
    };

    if (entry.kind === 'swagger') {
      // Checked on its own (found in a folder, given by path, or paired): compared once, whoever leads to it.
      if (compared.has(entry.path)) continue;
      compared.add(entry.path);
      const found = await compare('swagger', entry.path, entry.text);
      if (found !== 'missing') entry.diagnostics.push(...keep(found));
      continue;
    }
    const own = await compare('apiProperties', entry.path, entry.text);
    if (own === 'missing') {
      if (!options.quiet && settings.rules[BASE_MISSING_CODE] !== 'off') entry.diagnostics.push(newConnectorNote(options));
      continue;
    }
    entry.diagnostics.push(...keep(own));

    const swaggerPath = (await options.swaggerFor?.(entry.path))?.path;
    if (!swaggerPath || compared.has(swaggerPath)) continue;
    compared.add(swaggerPath);
    let text = byPath.get(swaggerPath)?.text;
    if (text === undefined) {
      try { text = fs.readFileSync(swaggerPath, 'utf8'); } catch { continue; } // the paired-swagger note already says so
    }
    const found = await compare('swagger', swaggerPath, text);
    if (found === 'missing' || !found.length) continue;
    let target = byPath.get(swaggerPath);
    if (!target) {
      target = { path: swaggerPath, displayPath: toDisplayPath(swaggerPath, options.cwd), text, diagnostics: [], fixable: 0 } satisfies FileReport;
      byPath.set(swaggerPath, target);
      report.files.push(target);
    }
    target.diagnostics.push(...keep(found));
  }
}

function newConnectorNote(options: BreakingOptions): Diagnostic {
  const d = Diagnostic.create(Range.create(0, 0, 0, 0),
    `New connector: ${options.base} has no version of this file, so there is nothing to compare for breaking changes.`,
    DiagnosticSeverity.Information, BASE_MISSING_CODE, SOURCE);
  d.codeDescription = { href: options.docsBase + BASE_MISSING_CODE + '.md' };
  return d;
}
