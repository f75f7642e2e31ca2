// Rule-test helpers: run the whole engine (schema + every rule, as users get it) on a document and keep one code's
// diagnostics, written out as `line:col-line:col severity code [covered text] message` (1-based) so a test
// states the exact range, the text under it and the full message in one readable line.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-json-languageservice';
import { ConnectorService, FixData, ProfileSetting, RuleLevel } from '../../../server/src/engine';
import { fixToEdits } from '../../../server/src/engine/codeActions/fixData';
import { detectFormatting } from '../../../server/src/engine/codeActions/formatting';

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

/**
 * The `data.fixes` of each diagnostic of `code`, without their anchors (`at`): each anchor is checked here to place
 * its edit in the validated text, which is what it is for; the fixes-apply and code-action tests check the result.
 */
export async function fixesOf(text: string, code: string, options: RunOptions = {}): Promise<(Omit<FixData, 'at'>[] | undefined)[]> {
  const { all } = await diagnose(text, options);
  const formatting = detectFormatting(text);
  return all.filter(d => d.code === code).map(d => (d.data as { fixes?: FixData[] } | undefined)?.fixes?.map(f => {
    assert.ok(fixToEdits(text, f, formatting).length, `fix "${f.title}" places no edit in the text it was made for`);
    const { at: _at, ...rest } = f as FixData & { at?: unknown };
    return rest;
  }));
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
