// Golden-style helpers for code-action tests: a document with a `|` caret, the action's title, the full expected
// document; every applied fix is re-validated (strict JSON, the finding gone, no new error) and fix-all is
// checked to be idempotent.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-json-languageservice';
import { ConnectorService } from '../../../server/src/engine/service';
import type { Rule } from '../../../server/src/engine/rules/types';
import type { EngineSettings } from '../../../server/src/engine/settings';

export const service = new ConnectorService();
export const URI = 'file:///x/apiProperties.json';
export const SETTINGS: EngineSettings = { validate: true, rules: {}, profile: 'custom' };

let version = 1;
export function doc(text: string): TextDocument {
  return TextDocument.create(URI, 'apiproperties', version++, text);
}

export interface Options {
  rules?: readonly Rule[];
  settings?: EngineSettings;
  only?: string[];
}

export function validate(text: string, options: Options = {}): Promise<Diagnostic[]> {
  return service.validate(doc(text), { settings: options.settings ?? SETTINGS, rules: options.rules });
}

export function splitCaret(textWithCaret: string): { text: string; offset: number } {
  const offset = textWithCaret.indexOf('|');
  assert.ok(offset >= 0, 'test document needs a | caret');
  return { text: textWithCaret.slice(0, offset) + textWithCaret.slice(offset + 1), offset };
}

/** Actions at the caret, given the diagnostics that touch it (as an editor sends them). */
export async function actionsAt(textWithCaret: string, options: Options = {}): Promise<{ document: TextDocument; actions: CodeAction[]; diagnostics: Diagnostic[] }> {
  const { text, offset } = splitCaret(textWithCaret);
  const document = doc(text);
  const request = { settings: options.settings ?? SETTINGS, rules: options.rules };
  const all = await service.validate(document, request);
  const position = document.positionAt(offset);
  const diagnostics = all.filter(d => document.offsetAt(d.range.start) <= offset && offset <= document.offsetAt(d.range.end));
  const actions = await service.codeActions(document, { start: position, end: position }, { diagnostics, only: options.only }, request);
  return { document, actions, diagnostics };
}

export function apply(document: TextDocument, action: CodeAction): string {
  const edits = action.edit?.changes?.[document.uri];
  assert.ok(edits && edits.length, `action "${action.title}" has no edit`);
  return TextDocument.applyEdits(document, edits);
}

export function titles(actions: CodeAction[]): string[] {
  return actions.map(a => a.title);
}

/** Applies the action titled `title` at the caret and returns the new text. */
export async function applyAt(textWithCaret: string, title: string, options: Options = {}): Promise<string> {
  const { document, actions } = await actionsAt(textWithCaret, options);
  const action = actions.find(a => a.title === title);
  assert.ok(action, `no action "${title}"; got: ${titles(actions).join(' | ')}`);
  return apply(document, action);
}

export function summarize(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${severityName(d.severity)} ${d.code} ${d.message}`);
}

function severityName(s: number | undefined): string {
  return ['?', 'error', 'warning', 'information', 'hint'][s ?? 0];
}

/**
 * The fix's contract: the result is strict JSON, the targeted finding (by code) is gone, no error appears that was
 * not there before, fix-all on the result changes nothing, and fix-all applied twice to the original changes nothing
 * the second time.
 */
export async function assertRepaired(before: string, after: string, code: string, options: Options = {}): Promise<void> {
  assert.doesNotThrow(() => JSON.parse(after.replace(/^\uFEFF/, '')), 'result is not strict JSON');
  const old = await validate(before, options);
  const now = await validate(after, options);
  assert.ok(old.some(d => d.code === code), `expected a ${code} finding before the fix`);
  assert.equal(now.filter(d => d.code === code).length, old.filter(d => d.code === code).length - 1,
    `exactly one ${code} finding should go: ${summarize(now).join('\n')}`);
  const oldErrors = new Set(summarize(old.filter(d => d.severity === 1)).map(s => s.replace(/^\d+:\d+ /, '')));
  const newErrors = summarize(now.filter(d => d.severity === 1)).map(s => s.replace(/^\d+:\d+ /, '')).filter(s => !oldErrors.has(s));
  assert.deepEqual(newErrors, [], 'the fix introduced an error');
  assert.equal(await fixAll(after, options), after, 'fix-all changed an already repaired document');
  await assertFixAllIdempotent(before, options);
}

/** Applies `source.fixAll` once (or returns the text unchanged when it offers nothing). */
export async function fixAll(text: string, options: Options = {}): Promise<string> {
  const document = doc(text);
  const request = { settings: options.settings ?? SETTINGS, rules: options.rules };
  const actions = await service.codeActions(document, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    { diagnostics: [], only: ['source.fixAll'] }, request);
  assert.ok(actions.length <= 1, 'at most one fix-all action');
  return actions.length ? apply(document, actions[0]) : text;
}

/** Fix-all applied twice: the second run must change nothing. */
export async function assertFixAllIdempotent(text: string, options: Options = {}): Promise<string> {
  const once = await fixAll(text, options);
  assert.equal(await fixAll(once, options), once, 'second fix-all changed the document');
  return once;
}

/** Multi-line documents in tests read better as arrays of lines. */
export const lines = (...l: string[]) => l.join('\n');

/** A one-set multi-auth document whose set declares `params` (raw JSON members, indented for the set). */
export const SETS = (params: string, ui = '"displayName": "Authentication type"') => `{
  "properties": {
    "iconBrandColor": "#123456",
    "connectionParameterSets": {
      "uiDefinition": {${ui}, "description": "Choose"},
      "values": [
        {
          "name": "key",
          "uiDefinition": {"displayName": "Key", "description": "Key"},
          "parameters": {
${params}
          }
        }
      ]
    }
  }
}`;
