// Rule-test helpers: run the whole engine (schema + every rule, as users get it) on a document and keep one code's
// diagnostics, written out as `line:col-line:col severity code [covered text] message` (1-based) so a test
// states the exact range, the text under it and the full message in one readable line.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-json-languageservice';
import { ConnectorService, FixData, ProfileSetting, RuleLevel } from '../../../server/src/engine';

const service = new ConnectorService();
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];
let version = 0;

export interface RunOptions { profile?: ProfileSetting; rules?: Record<string, RuleLevel>; uri?: string }

export async function diagnose(text: string, options: RunOptions = {}): Promise<{ all: Diagnostic[]; document: TextDocument }> {
  const document = TextDocument.create(options.uri ?? 'file:///connectors/contoso/apiProperties.json', 'apiproperties', ++version, text);
  const all = await service.validate(document, { settings: { validate: true, rules: options.rules ?? {}, profile: options.profile ?? 'custom' } });
  return { all, document };
}

/** Diagnostics of `code` as readable lines. */
export async function findings(text: string, code: string, options: RunOptions = {}): Promise<string[]> {
  const { all, document } = await diagnose(text, options);
  return all.filter(d => d.code === code).map(d => line(d, document));
}

export function line(d: Diagnostic, document: TextDocument): string {
  const r = d.range;
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1} ${SEVERITY[d.severity ?? 1]} ${d.code} [${document.getText(r).replace(/\n/g, '⏎')}] ${d.message}`;
}

/** The `data.fixes` of each diagnostic of `code`. */
export async function fixesOf(text: string, code: string, options: RunOptions = {}): Promise<(FixData[] | undefined)[]> {
  const { all } = await diagnose(text, options);
  return all.filter(d => d.code === code).map(d => (d.data as { fixes?: FixData[] } | undefined)?.fixes);
}

/** Codes of every diagnostic, to show that the schema does not report the same problem a second time. */
export async function codes(text: string, options: RunOptions = {}): Promise<string[]> {
  const { all } = await diagnose(text, options);
  return all.map(d => String(d.code));
}

/** A minimal valid file with `members` (JSON text, each line indented by the caller) under `properties`. */
export function file(...members: string[]): string {
  return ['{', '  "properties": {', '    "iconBrandColor": "#123456"' + (members.length ? ',' : ''), members.join(',\n'), '  }', '}', ''].filter(l => l !== '').join('\n') + '\n';
}
