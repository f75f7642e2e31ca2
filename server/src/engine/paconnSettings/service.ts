// Diagnostics, completion and hover of a paconn settings.json, from our corrected copy of the official schema
// (schemas/paconn-settings.schema.json: adds `script`, accepts the default environment's id) and the folder around
// the file. Transport-free: the language server, the command line and the tests call these with a TextDocument and
// an engine FileSystem (undefined in the browser: no file checks, no file-name completion).
import {
  ClientCapabilities, CompletionItem, CompletionItemKind, CompletionList, Diagnostic, DiagnosticSeverity, ErrorCode, getLanguageService,
  Hover, JSONSchema, LanguageService, Position, Range, TextEdit,
} from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';
import bundledSchema from '../../../../schemas/paconn-settings.schema.json';
import { assessDocument, limitDiagnostic } from '../limits';
import { keywordOf } from '../schemaSeverity';
import type { EngineSettings, RuleLevel, Severity } from '../settings';
import type { FileSystem } from '../swagger/fileSystem';
import { DEFAULT_DOCS_BASE, SOURCE, toDiagnosticSeverity } from '../validation';
import { FILE_KEYS, FileKey, isFileKey, namedFiles, PACONN_KEYS, resolveNamed } from './files';
import { nearestName } from '../suggest';
import { SETTINGS_RULES, SettingsRuleId } from './rules';

export const SETTINGS_SCHEMA_URI = 'pp-connector://schemas/paconn-settings.schema.json';
const schemaText = JSON.stringify(bundledSchema);

export function createSettingsJsonService(clientCapabilities: ClientCapabilities = ClientCapabilities.LATEST): LanguageService {
  const service = getLanguageService({
    // Whatever `$schema` the file names, the bundled schema answers: no network at run time.
    schemaRequestService: () => Promise.resolve(schemaText),
    clientCapabilities,
  });
  service.configure({ validate: true, allowComments: false, schemas: [{ uri: SETTINGS_SCHEMA_URI, fileMatch: ['*'], schema: bundledSchema as unknown as JSONSchema }] });
  return service;
}

const defaultService = createSettingsJsonService();

export interface SettingsCheckOptions {
  settings?: EngineSettings;
  /** To check that the files named exist; without it (the browser) that check is skipped. */
  fileSystem?: FileSystem;
  docsBase?: string;
  service?: LanguageService;
}

const STRICT: Record<number, { code: string; message: string }> = {
  [ErrorCode.TrailingComma]: { code: 'strict-json', message: 'Trailing comma: paconn loads settings.json with a strict JSON parser and fails on it. Remove the comma.' },
  [ErrorCode.CommentNotPermitted]: { code: 'strict-json', message: 'Comment: paconn loads settings.json with a strict JSON parser and fails on comments. Remove the comment.' },
};

function parse(service: LanguageService, document: TextDocument) {
  const text = document.getText();
  // A BOM becomes a space: same offsets, and the parser does not stop at it (it is reported on its own).
  const parseDocument = text.charCodeAt(0) === 0xfeff ? TextDocument.create(document.uri, 'json', document.version, ' ' + text.slice(1)) : document;
  return { parseDocument, jsonDocument: service.parseJSONDocument(parseDocument) };
}

export async function validatePaconnSettings(document: TextDocument, options: SettingsCheckOptions = {}): Promise<Diagnostic[]> {
  const settings = options.settings;
  if (settings && !settings.validate) return [];
  const text = document.getText();
  const limits = assessDocument(text);
  const note = limitDiagnostic(limits, SOURCE);
  if (limits.level === 'none') return note ? [note] : [];
  const docsBase = options.docsBase ?? DEFAULT_DOCS_BASE;
  const out: Diagnostic[] = note ? [note] : [];
  const push = (range: Range, message: string, code: string, fallback: Severity) => {
    const level: RuleLevel = settings?.rules[code] ?? fallback;
    if (level === 'off') return;
    const d = Diagnostic.create(range, message, toDiagnosticSeverity(level) as DiagnosticSeverity, code, SOURCE);
    d.codeDescription = { href: docsBase + code + '.md' };
    out.push(d);
  };
  const overridden = (code: string) => settings?.rules[code] !== undefined;

  if (text.charCodeAt(0) === 0xfeff) {
    push(Range.create(0, 0, 0, 1), 'Byte order mark (BOM) at the start of the file: paconn loads settings.json with a strict JSON parser and fails on it. Save the file as UTF-8 without BOM.', 'strict-json', 'error');
  }
  const service = options.service ?? defaultService;
  const { parseDocument, jsonDocument } = parse(service, document);
  const problems = await service.doValidation(parseDocument, jsonDocument, {
    comments: 'error', trailingCommas: 'error', schemaRequest: 'ignore', schemaValidation: limits.level === 'full' ? 'error' : 'ignore',
  });
  for (const p of problems) {
    const message = typeof p.message === 'string' ? p.message : String(p.message);
    const strict = typeof p.code === 'number' ? STRICT[p.code] : undefined;
    if (strict) { push(p.range, strict.message, strict.code, 'error'); continue; }
    if (p.code === ErrorCode.DuplicateKey) {
      push(p.range, `Duplicate key ${document.getText(p.range)}: paconn keeps only the last value. Remove or merge one of them.`, 'duplicate-key', 'error');
      continue;
    }
    if (p.code === ErrorCode.SchemaResolveError || p.code === ErrorCode.SchemaUnsupportedFeature) continue;
    if (p.code !== undefined && p.code !== ErrorCode.Undefined && p.code !== ErrorCode.EnumValueMismatch && p.code !== ErrorCode.PropertyExpected) {
      push(p.range, message, 'json-syntax', 'error');
      continue;
    }
    // Schema: a value that is not a string makes paconn fail (it opens files and builds URLs with it); anything else
    // (an unknown member, which paconn ignores; a version or id of another form) is tolerated by paconn itself.
    const keyword = keywordOf(message);
    const severity: Severity = keyword === 'type' ? 'error' : 'warning';
    const explained = keyword === 'additionalProperties'
      ? unknownMember(document.getText(p.range))
      : keyword === 'type' ? `${message} paconn fails on a value of another type.` : message;
    const code = 'settings-schema';
    const level: RuleLevel = settings?.rules[code] ?? severity;
    if (level === 'off') continue;
    const d = Diagnostic.create(p.range, explained, toDiagnosticSeverity(overridden(code) ? level as Severity : severity) as DiagnosticSeverity, code, SOURCE);
    d.codeDescription = { href: docsBase + code + '.md' };
    out.push(d);
  }

  if (options.fileSystem && limits.level === 'full') {
    for (const named of namedFiles(text)) {
      const name = named.value.trim();
      if (!name) continue;
      const target = resolveNamed(document.uri, name);
      let stat;
      try { stat = await options.fileSystem.stat(target); } catch { stat = undefined; }
      const range = Range.create(document.positionAt(named.offset), document.positionAt(named.offset + named.length));
      const where = displayTarget(target);
      if (!stat) {
        push(range, `settings.json names "${name}" as ${named.key} (the ${FILE_KEYS[named.key].what}), but ${where} does not exist: fix the name, or add the file.`, 'settings-file-missing', SETTINGS_RULES['settings-file-missing'].severity);
      } else if (stat.kind !== 'file') {
        push(range, `settings.json names "${name}" as ${named.key} (the ${FILE_KEYS[named.key].what}), but ${where} is a folder, not a file: name the file.`, 'settings-file-missing', SETTINGS_RULES['settings-file-missing'].severity);
      }
    }
  }
  // Reading order: the JSON service reports syntax, then duplicates, then schema problems.
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function unknownMember(quoted: string): string {
  let name = quoted;
  try { name = JSON.parse(quoted); } catch { /* keep the text as written */ }
  const best = nearestName(name, PACONN_KEYS);
  const hint = best !== undefined ? ` Did you mean "${best}"?` : ' Remove it, or fix its spelling (completion lists the members paconn reads).';
  return `Property ${quoted} is not read by paconn, which ignores it.${hint}`;
}

function displayTarget(uri: string): string {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : uri;
}

/** The member and string value at `offset`, when the caret is in the value of one of the file-name members. */
function fileValueAt(service: LanguageService, document: TextDocument, offset: number): { key: FileKey; range: Range; typed: string } | undefined {
  const { jsonDocument } = parse(service, document);
  const node = jsonDocument.getNodeFromOffset(offset, true);
  if (!node) return undefined;
  if (node.type === 'string' && node.parent?.type === 'property' && node.parent.valueNode === node) {
    const key = node.parent.keyNode.value;
    if (!isFileKey(key) || offset <= node.offset || offset > node.offset + node.length) return undefined;
    const closed = document.getText().charAt(node.offset + node.length - 1) === '"' && node.length > 1;
    const end = closed ? node.offset + node.length - 1 : node.offset + node.length;
    return { key, range: Range.create(document.positionAt(node.offset + 1), document.positionAt(end)), typed: document.getText().slice(node.offset + 1, offset) };
  }
  return undefined;
}

export async function completePaconnSettings(
  document: TextDocument, position: Position, options: { fileSystem?: FileSystem; service?: LanguageService } = {},
): Promise<CompletionList | null> {
  const service = options.service ?? defaultService;
  const offset = document.offsetAt(position);
  const at = fileValueAt(service, document, offset);
  if (at) {
    const items = options.fileSystem ? await fileItems(document.uri, at.key, at.range, options.fileSystem) : [];
    return { isIncomplete: false, items };
  }
  const { parseDocument, jsonDocument } = parse(service, document);
  return service.doComplete(parseDocument, position, jsonDocument);
}

/** Files of the settings file's folder with an extension that fits the member (the default name first). */
async function fileItems(settingsUri: string, key: FileKey, range: Range, fs: FileSystem): Promise<CompletionItem[]> {
  const dir = Utils.dirname(URI.parse(settingsUri)).toString();
  let entries: [string, string][] = [];
  try { entries = await fs.readDirectory(dir); } catch { entries = []; }
  const spec = FILE_KEYS[key];
  const fits = (name: string) => spec.extensions.some(e => name.toLowerCase().endsWith(e)) && name.toLowerCase() !== 'settings.json';
  const names = entries.filter(([name, kind]) => kind === 'file' && fits(name)).map(([name]) => name);
  const preferred = (name: string) => name.toLowerCase() === spec.default.toLowerCase() ? 0
    : key === 'apiDefinition' && /\.swagger\.json$/i.test(name) ? 1
      : key === 'apiProperties' && /apiProperties\.json$/i.test(name) ? 1 : 2;
  names.sort((a, b) => preferred(a) - preferred(b) || (a < b ? -1 : a > b ? 1 : 0));
  return names.map((name, i) => ({
    label: name,
    kind: CompletionItemKind.File,
    detail: `${spec.what} file in this folder`,
    sortText: String(i).padStart(4, '0'),
    filterText: name,
    textEdit: TextEdit.replace(range, JSON.stringify(name).slice(1, -1)),
  }));
}

export async function hoverPaconnSettings(document: TextDocument, position: Position, options: { service?: LanguageService } = {}): Promise<Hover | null> {
  const service = options.service ?? defaultService;
  const { parseDocument, jsonDocument } = parse(service, document);
  return service.doHover(parseDocument, position, jsonDocument);
}

export { SETTINGS_RULES };
export type { SettingsRuleId };
