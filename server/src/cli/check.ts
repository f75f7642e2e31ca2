// Runs the engine over the discovered files, one at a time, exactly as the editor would: same ConnectorService,
// same settings layering, same profile detection (from the file's path), same swagger pairing.
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-json-languageservice';
import { parseTree, ParseError, printParseErrorCode } from 'jsonc-parser';
import { ConnectorService } from '../engine/service';
import { EngineSettings, resolveProfile } from '../engine/settings';
import { validateSwaggerText } from '../engine/swaggerRules/validate';
import type { SwaggerContext } from '../engine/swagger/types';
import { fileUri } from '../node/nodeFileSystem';
import { describeFsError, displayPathOf, isSwaggerPath } from './discover';
import type { SwaggerParses } from './swagger';
import { readSource, SourceError, SourceFile, WriteOutcome, writeFixedFile } from './sourceFile';
import { LIMIT_CODE } from '../engine/limits';
import { SOURCE, toDiagnosticSeverity } from '../engine/validation';
import { ENCODING_CODE } from '../engine/rules/registry';
import { FileReport, RunReport, severityName } from './report';
import { applySafeFixes, lineChanges, safeFixTitle } from './fix';
import { detectFormatting } from '../engine/codeActions/formatting';
import { maskSecretsInText } from '../engine/secrets';

const SWAGGER_LOOKAHEAD = 8;

export interface CheckOptions {
  cwd: string;
  quiet: boolean;
  fix: 'off' | 'write' | 'dry-run';
  /** Settings of a file, and the configuration file they came from (absolute path), if any. */
  settingsFor(file: string): { settings: EngineSettings; configPath?: string };
  /** The paired swagger of a file, or undefined when cross-file checks are off or no swagger is found. */
  swaggerFor?(file: string): Promise<{ context?: SwaggerContext; path?: string }>;
  /** The parses swaggerFor makes, so that a swagger's own check reuses the one its pairing made (and vice versa). */
  swaggerParses?: SwaggerParses;
  /** The command-line path each file was found under; --fix writes only inside these (see mayWrite). */
  inputOf?: ReadonlyMap<string, { path: string; isFolder: boolean }>;
  /** `--fix-symlinks`: also write files that a symlink leads to outside the paths given. */
  fixSymlinks?: boolean;
  onProgress?(done: number, total: number): void;
  toolVersion: string;
  docsBase: string;
}

export async function checkFiles(files: readonly string[], options: CheckOptions): Promise<RunReport> {
  const service = new ConnectorService({ docsBase: options.docsBase, onRuleError: (id, e) => reportRuleError(id, e) });
  const report: RunReport = { files: [], unreadable: [], toolVersion: options.toolVersion, docsBase: options.docsBase };
  // The files to check grow as we go: the swagger an apiProperties.json pairs with is checked too (once), right after it.
  const list = [...files];
  const listed = new Set(list);
  const inputOf = new Map(options.inputOf ?? []);
  const paired = new Set<string>();
  const isSwagger = (file: string) => paired.has(file) || isSwaggerPath(file);
  let done = 0;
  // Swagger lookups are mostly waiting on the disk: keep a few in flight ahead of the file being checked.
  const lookups = new Map<string, Promise<{ context?: SwaggerContext; path?: string }>>();
  const lookAhead = (from: number) => {
    for (let k = from; k < Math.min(list.length, from + SWAGGER_LOOKAHEAD); k++) {
      if (!lookups.has(list[k]) && options.swaggerFor && !isSwagger(list[k])) lookups.set(list[k], options.swaggerFor(list[k]).catch(() => ({})));
    }
  };
  const fileOptions = { ...options, inputOf };
  for (let index = 0; index < list.length; index++) {
    const file = list[index];
    lookAhead(index);
    const displayPath = toDisplayPath(file, options.cwd);
    let source: SourceFile;
    try {
      source = readSource(file);
    } catch (e) {
      report.unreadable.push({ path: file, displayPath, message: e instanceof SourceError ? e.message : `cannot read the file: ${describeFsError(e)}` });
      lookups.delete(file);
      options.onProgress?.(++done, list.length);
      continue;
    }
    if (isSwagger(file)) {
      report.files.push(await checkSwagger(file, source, fileOptions, report));
      options.onProgress?.(++done, list.length);
      continue;
    }
    const text = source.text;
    const { settings, configPath } = options.settingsFor(file);
    const swagger = (await lookups.get(file)) ?? {};
    lookups.delete(file);
    if (swagger.path && !listed.has(swagger.path)) {
      // The swagger the pairing found (named by settings.json, or the folder's only *.swagger.json): checked as well,
      // and written by --fix only where this apiProperties.json could be.
      listed.add(swagger.path);
      paired.add(swagger.path);
      list.splice(index + 1, 0, swagger.path);
      const origin = inputOf.get(file);
      if (origin) inputOf.set(swagger.path, origin);
    }
    // The URI spelling the swagger store uses, so pairing and validation agree on the document's identity.
    const uri = fileUri(file);
    const encoding = encodingDiagnostic(source, settings, options.docsBase);
    const validate = async (t: string, version: number): Promise<Diagnostic[]> => {
      const doc = TextDocument.create(uri, 'apiproperties', version, t);
      const diagnostics = await service.validate(doc, { settings, path: file, swagger: swagger.context });
      // The CLI sees each file once; keeping parses around would only grow memory on large trees.
      service.forget(uri);
      return diagnostics;
    };
    let diagnostics = await validate(text, 1);
    // A binary file already has its one "not JSON text" error; the encoding finding would only repeat it.
    if (encoding && !diagnostics.some(d => d.code === LIMIT_CODE && d.severity === DiagnosticSeverity.Error)) diagnostics.unshift(encoding);
    const entry: FileReport = {
      path: file, displayPath, text, diagnostics, fixable: 0,
      ...(swagger.path ? { swaggerPath: toDisplayPath(swagger.path, options.cwd) } : {}),
      ...(configPath ? { config: { path: configPath, displayPath: toDisplayPath(configPath, options.cwd), validate: settings.validate } } : {}),
    };
    diagnostics = await applyFixes(entry, source, uri, diagnostics, validate, fileOptions, report);
    finish(entry, source, uri, diagnostics, options.quiet);
    report.files.push(entry);
    options.onProgress?.(++done, list.length);
  }
  return report;
}

/** `--fix` / `--fix-dry-run` on one file: the safe fixes, written through the one guarded write path. */
async function applyFixes(
  entry: FileReport, source: SourceFile, uri: string, diagnostics: Diagnostic[],
  validate: (text: string, version: number) => Promise<Diagnostic[]>, options: CheckOptions, report: RunReport,
): Promise<Diagnostic[]> {
  if (options.fix === 'off') return diagnostics;
  const { path: file, displayPath, text } = entry;
  if (source.invalidUtf8) {
    // The text was decoded with U+FFFD in place of the bad bytes: writing it back would destroy them.
    entry.fixes = { applied: 0, titles: [], changes: [], written: false, error: `the file is not valid UTF-8 (first bad byte at offset ${source.invalidUtf8.byteOffset}); save it as UTF-8 first` };
    return diagnostics;
  }
  const fixed = await applySafeFixes(text, uri, diagnostics, validate);
  if (fixed.applied === 0) {
    entry.fixes = { applied: 0, titles: [], changes: [], written: false };
    return diagnostics;
  }
  const refusal = options.fix === 'write' ? mayWrite(file, options) : undefined;
  const outcome: WriteOutcome | undefined = options.fix !== 'write' ? undefined
    : refusal ? { written: false, reason: refusal } : writeFixedFile(file, source.bytes, fixed.text);
  entry.fixes = { applied: fixed.applied, titles: fixed.titles, changes: lineChanges(maskSecretsInText(text), maskSecretsInText(fixed.text)), written: outcome?.written ?? false };
  if (outcome?.written) {
    entry.text = fixed.text;
    return fixed.diagnostics;
  }
  if (outcome) {
    // Nothing changed on disk: the findings of the file as it is stay, and the run says why.
    entry.fixes.error = outcome.reason;
    report.unreadable.push({ path: file, displayPath, message: `fixes not written: ${outcome.reason}` });
  }
  return diagnostics;
}

/** --quiet, and how many of the remaining findings --fix would repair. */
function finish(entry: FileReport, source: SourceFile, uri: string, diagnostics: Diagnostic[], quiet: boolean): void {
  entry.diagnostics = quiet ? diagnostics.filter(d => severityName(d) === 'error') : diagnostics;
  if (entry.diagnostics.length) {
    const doc = TextDocument.create(uri, 'json', 1, entry.text);
    const formatting = detectFormatting(entry.text);
    entry.fixable = source.invalidUtf8 ? 0 : entry.diagnostics.filter(d => safeFixTitle(doc, d, formatting) !== undefined).length;
  }
}

/**
 * A swagger, checked on its own with the Swagger Validator rules (profile from its own path and settings), so a
 * swagger without an apiProperties.json beside it is checked too. JSON that the rules cannot read gets one finding:
 * in the editor the JSON support reports syntax errors, on the command line nobody else would.
 */
async function checkSwagger(file: string, source: SourceFile, options: CheckOptions, report: RunReport): Promise<FileReport> {
  const { settings, configPath } = options.settingsFor(file);
  const profile = resolveProfile(settings.profile, file);
  const uri = fileUri(file);
  // The file as read: parsed once for this check and the pairing of its apiProperties.json (fixed texts are new).
  const shared = settings.validate ? options.swaggerParses?.parse(uri, source.text) : undefined;
  const validate = async (t: string): Promise<Diagnostic[]> => {
    const parsed = t === source.text ? shared : undefined;
    const result = validateSwaggerText(uri, t, { settings, profile, docsBase: options.docsBase, onRuleError: reportRuleError, parsed });
    return result.problem ? [unreadableSwagger(t, result.problem, settings, options.docsBase)].filter((d): d is Diagnostic => !!d) : result.diagnostics;
  };
  let diagnostics = await validate(source.text);
  const encoding = encodingDiagnostic(source, settings, options.docsBase);
  if (encoding) diagnostics.unshift(encoding);
  const entry: FileReport = {
    path: file, displayPath: toDisplayPath(file, options.cwd), text: source.text, diagnostics, fixable: 0, kind: 'swagger',
    ...(configPath ? { config: { path: configPath, displayPath: toDisplayPath(configPath, options.cwd), validate: settings.validate } } : {}),
  };
  diagnostics = await applyFixes(entry, source, uri, diagnostics, validate, options, report);
  finish(entry, source, uri, diagnostics, options.quiet);
  return entry;
}

/** The one finding of a swagger the rules could not read: at the first syntax error, or at the start of the file. */
function unreadableSwagger(text: string, problem: string, settings: EngineSettings, docsBase: string): Diagnostic | undefined {
  if (!settings.validate || settings.rules['json-syntax'] === 'off') return undefined;
  const errors: ParseError[] = [];
  try { parseTree(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text, errors, { allowTrailingComma: true }); } catch { /* too deep: start of file */ }
  const doc = TextDocument.create('file:///swagger', 'json', 1, text);
  const first = errors[0];
  const range = first ? { start: doc.positionAt(first.offset), end: doc.positionAt(first.offset + first.length) } : Range.create(0, 0, 0, 0);
  const what = first ? `${problem} (${printParseErrorCode(first.error)})` : problem;
  const d = Diagnostic.create(range, `No Swagger Validator rule ran: ${what}. Fix the JSON so that the file is one JSON object.`,
    toDiagnosticSeverity(settings.rules['json-syntax'] ?? 'error'), 'json-syntax', SOURCE);
  d.codeDescription = { href: docsBase + 'json-syntax.md' };
  return d;
}

/**
 * --fix writes only inside the paths given on the command line: a symlink in a checked folder that leads elsewhere
 * (another checkout, a shared template, a system file) is checked but not written unless --fix-symlinks says so.
 */
function mayWrite(file: string, options: CheckOptions): string | undefined {
  const input = options.inputOf?.get(file);
  if (options.fixSymlinks || !input) return undefined;
  let real: string, root: string;
  try {
    real = fs.realpathSync(file);
    root = fs.realpathSync(input.path);
  } catch (e) {
    return `cannot resolve the file's path: ${describeFsError(e)}`;
  }
  const rel = path.relative(root, real);
  // `..foo` is a name inside; only `..` itself or a `../` prefix (or another drive) leads out.
  const inside = input.isFolder ? rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel) : real === root;
  if (inside) return undefined;
  // A paired swagger (named by settings.json) can be outside the folders given without any link on the way.
  return real === path.resolve(file) ? 'the file is outside the folders given (a swagger paired from there); give it on the command line to fix it'
    : `the file is a symbolic link to ${real}, outside the folders given (use --fix-symlinks to write there)`;
}

/**
 * The `file-encoding` finding. A warning, not an error: paconn opens apiProperties.json with the platform's default
 * encoding (SPEC.md), so a Windows-1252 file loads on Windows but fails on macOS and Linux, where that default is UTF-8.
 */
function encodingDiagnostic(source: SourceFile, settings: EngineSettings, docsBase: string): Diagnostic | undefined {
  const level = settings.rules[ENCODING_CODE] ?? 'warning';
  if (!source.invalidUtf8 || !settings.validate || level === 'off') return undefined;
  const { byteOffset, charOffset } = source.invalidUtf8;
  const doc = TextDocument.create('file:///encoding', 'apiproperties', 1, source.text);
  const byte = source.bytes[byteOffset].toString(16).toUpperCase().padStart(2, '0');
  const d = Diagnostic.create(
    { start: doc.positionAt(charOffset), end: doc.positionAt(charOffset + 1) },
    `The file is not valid UTF-8 (byte 0x${byte} at offset ${byteOffset}; saved as Windows-1252?): paconn on macOS and Linux fails to read it, and other tools garble the text. Save the file as UTF-8.`,
    toDiagnosticSeverity(level), ENCODING_CODE, SOURCE);
  d.codeDescription = { href: docsBase + ENCODING_CODE + '.md' };
  return d;
}

export function toDisplayPath(file: string, cwd: string): string {
  return displayPathOf(file, cwd);
}

function reportRuleError(ruleId: string, error: unknown): void {
  // A broken rule is our bug, not the user's: say so on stderr and keep checking with the other rules.
  process.stderr.write(`pp-connector: internal error in rule ${ruleId}: ${error instanceof Error ? error.message : String(error)}\n`);
}
