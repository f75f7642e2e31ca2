// Runs the engine over the discovered files, one at a time, exactly as the editor would: same ConnectorService,
// same settings layering, same profile detection (from the file's path), same swagger pairing.
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-json-languageservice';
import { ConnectorService } from '../engine/service';
import type { EngineSettings } from '../engine/settings';
import type { SwaggerContext } from '../engine/swagger/types';
import { fileUri } from '../node/nodeFileSystem';
import { describeFsError } from './discover';
import { FileReport, RunReport, severityName } from './report';
import { applySafeFixes, lineChanges, safeFixTitle } from './fix';
import { detectFormatting } from '../engine/codeActions/formatting';
import { maskSecretsInText } from '../engine/secrets';

const SWAGGER_LOOKAHEAD = 8;

export interface CheckOptions {
  cwd: string;
  quiet: boolean;
  fix: 'off' | 'write' | 'dry-run';
  settingsFor(file: string): EngineSettings;
  /** The paired swagger of a file, or undefined when cross-file checks are off or no swagger is found. */
  swaggerFor?(file: string): Promise<{ context?: SwaggerContext; path?: string }>;
  onProgress?(done: number, total: number): void;
  toolVersion: string;
  docsBase: string;
}

export async function checkFiles(files: readonly string[], options: CheckOptions): Promise<RunReport> {
  const service = new ConnectorService({ docsBase: options.docsBase, onRuleError: (id, e) => reportRuleError(id, e) });
  const report: RunReport = { files: [], unreadable: [], toolVersion: options.toolVersion, docsBase: options.docsBase };
  let done = 0;
  // Swagger lookups are mostly waiting on the disk: keep a few in flight ahead of the file being checked.
  const lookups = new Map<number, Promise<{ context?: SwaggerContext; path?: string }>>();
  const lookAhead = (from: number) => {
    for (let k = from; k < Math.min(files.length, from + SWAGGER_LOOKAHEAD); k++) {
      if (!lookups.has(k) && options.swaggerFor) lookups.set(k, options.swaggerFor(files[k]).catch(() => ({})));
    }
  };
  for (const [index, file] of files.entries()) {
    lookAhead(index);
    const displayPath = toDisplayPath(file, options.cwd);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      report.unreadable.push({ path: file, displayPath, message: `cannot read the file: ${describeFsError(e)}` });
      lookups.delete(index);
      options.onProgress?.(++done, files.length);
      continue;
    }
    const settings = options.settingsFor(file);
    const swagger = (await lookups.get(index)) ?? {};
    lookups.delete(index);
    // The URI spelling the swagger store uses, so pairing and validation agree on the document's identity.
    const uri = fileUri(file);
    const validate = async (t: string, version: number): Promise<Diagnostic[]> => {
      const doc = TextDocument.create(uri, 'apiproperties', version, t);
      const diagnostics = await service.validate(doc, { settings, path: file, swagger: swagger.context });
      // The CLI sees each file once; keeping parses around would only grow memory on large trees.
      service.forget(uri);
      return diagnostics;
    };
    let diagnostics = await validate(text, 1);
    const entry: FileReport = { path: file, displayPath, text, diagnostics, fixable: 0, ...(swagger.path ? { swaggerPath: toDisplayPath(swagger.path, options.cwd) } : {}) };
    if (options.fix !== 'off') {
      const fixed = await applySafeFixes(text, uri, diagnostics, validate);
      if (fixed.applied > 0) {
        const written = options.fix === 'write';
        if (written) {
          try {
            fs.writeFileSync(file, fixed.text, 'utf8');
          } catch (e) {
            report.unreadable.push({ path: file, displayPath, message: `cannot write the fixed file: ${describeFsError(e)}` });
          }
        }
        entry.fixes = { applied: fixed.applied, titles: fixed.titles, changes: lineChanges(maskSecretsInText(text), maskSecretsInText(fixed.text)), written };
        if (written) { entry.text = fixed.text; diagnostics = fixed.diagnostics; }
      } else {
        entry.fixes = { applied: 0, titles: [], changes: [], written: false };
      }
    }
    entry.diagnostics = options.quiet ? diagnostics.filter(d => severityName(d) === 'error') : diagnostics;
    if (entry.diagnostics.length) {
      const doc = TextDocument.create(uri, 'apiproperties', 1, entry.text);
      const formatting = detectFormatting(entry.text);
      entry.fixable = entry.diagnostics.filter(d => safeFixTitle(doc, d, formatting) !== undefined).length;
    }
    report.files.push(entry);
    options.onProgress?.(++done, files.length);
  }
  return report;
}

export function toDisplayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  const shown = !rel || rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
  return shown.split(path.sep).join('/');
}

function reportRuleError(ruleId: string, error: unknown): void {
  // A broken rule is our bug, not the user's: say so on stderr and keep checking with the other rules.
  process.stderr.write(`pp-connector: internal error in rule ${ruleId}: ${error instanceof Error ? error.message : String(error)}\n`);
}
