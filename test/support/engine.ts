// The engine test harness (the one every engine-level test in test/unit uses), in the vscode-json-languageservice
// style: a document written with a `|` caret, the engine called as the server calls it, and the result written out
// in full: the document after a completion or a code action, diagnostics as readable lines with their exact range.
// Test data builders (a minimal file, a swagger) stay beside the tests that use them.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, Diagnostic, Hover, MarkedString, MarkupContent, TextEdit } from 'vscode-json-languageservice';
import {
  ConnectorService, EngineSettings, FixData, Profile, ProfileSetting, Rule, RuleLevel, SwaggerContext, validateSwaggerText,
} from '../../server/src/engine';
import { fixToEdits } from '../../server/src/engine/codeActions/fixData';
import { detectFormatting } from '../../server/src/engine/codeActions/formatting';
import { applyOffsetEdits } from '../../server/src/engine/codeActions/textEdits';
import { buildDialogModel, DialogViewModel } from '../../server/src/engine/preview/dialogModel';
import { caret } from './caret';

export { caret };

export const TEST_URI = 'file:///connectors/contoso/apiProperties.json';
export const SWAGGER_URI = 'file:///connectors/contoso/apiDefinition.swagger.json';
/** Every rule at its default level, no profile's extra rules: what most tests run. */
export const SETTINGS: EngineSettings = { validate: true, rules: {}, profile: 'custom' };

export const service = new ConnectorService();

let version = 0;
/** A fresh document (a new version each time, so the service never answers from a cached analysis). */
export function doc(text: string, uri = TEST_URI, languageId = 'apiproperties'): TextDocument {
  return TextDocument.create(uri, languageId, ++version, text);
}

export interface Options {
  uri?: string;
  settings?: EngineSettings;
  /** Overrides the profile of `settings`. */
  profile?: ProfileSetting;
  /** Rules to run instead of the registry (test-only rules). */
  rules?: readonly Rule[];
  swagger?: SwaggerContext;
  /** Code action kinds to ask for. */
  only?: string[];
}

function request(options: Options) {
  const settings = options.settings ?? SETTINGS;
  return { settings: options.profile ? { ...settings, profile: options.profile } : settings, rules: options.rules, swagger: options.swagger };
}

// ---- diagnostics

export async function diagnose(text: string, options: Options = {}): Promise<{ all: Diagnostic[]; document: TextDocument }> {
  const document = doc(text, options.uri);
  return { all: await service.validate(document, request(options)), document };
}

export async function diagnostics(text: string, options: Options = {}): Promise<Diagnostic[]> {
  return (await diagnose(text, options)).all;
}

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];
const span = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`;

/** Diagnostics as compact, comparable lines: `line:col-line:col severity code message` (1-based lines and columns). */
export function summarize(ds: Diagnostic[]): string[] {
  return ds.map(d => `${span(d)} ${SEVERITY[d.severity ?? 1]} ${d.code} ${d.message}`);
}

/** One diagnostic with the text it covers: `line:col-line:col severity code [covered text] message`. */
export function findingLine(d: Diagnostic, document: TextDocument): string {
  return `${span(d)} ${SEVERITY[d.severity ?? 1]} ${d.code} [${document.getText(d.range).replace(/\n/g, '⏎')}] ${d.message}`;
}

/** Diagnostics of `code` as finding lines. */
export async function findings(text: string, code: string, options: Options = {}): Promise<string[]> {
  const { all, document } = await diagnose(text, options);
  return all.filter(d => d.code === code).map(d => findingLine(d, document));
}

/** Codes of every diagnostic, to show that the schema does not report the same problem a second time. */
export async function codes(text: string, options: Options = {}): Promise<string[]> {
  return (await diagnostics(text, options)).map(d => String(d.code));
}

/**
 * The `data.fixes` of each diagnostic of `code`, without their anchors (`at`): each anchor is checked here to place
 * its edit in the validated text, which is what it is for; the fixes-apply and code-action tests check the result.
 */
export async function fixesOf(text: string, code: string, options: Options = {}): Promise<(Omit<FixData, 'at'>[] | undefined)[]> {
  const all = await diagnostics(text, options);
  const formatting = detectFormatting(text);
  return all.filter(d => d.code === code).map(d => (d.data as { fixes?: FixData[] } | undefined)?.fixes?.map(f => {
    assert.ok(fixToEdits(text, f, formatting).length, `fix "${f.title}" places no edit in the text it was made for`);
    const { at: _at, ...rest } = f as FixData & { at?: unknown };
    return rest;
  }));
}

// ---- code actions

/** Actions at the caret, given the diagnostics that touch it (as an editor sends them). */
export async function actionsAt(textWithCaret: string, options: Options = {}): Promise<{ document: TextDocument; actions: CodeAction[]; diagnostics: Diagnostic[] }> {
  const { text, offset } = caret(textWithCaret);
  const document = doc(text, options.uri);
  const all = await service.validate(document, request(options));
  const position = document.positionAt(offset);
  const touching = all.filter(d => document.offsetAt(d.range.start) <= offset && offset <= document.offsetAt(d.range.end));
  const actions = await service.codeActions(document, { start: position, end: position }, { diagnostics: touching, only: options.only }, request(options));
  return { document, actions, diagnostics: touching };
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

/**
 * The fix's contract: the result is strict JSON, the targeted finding (by code) is gone, no error appears that was
 * not there before, fix-all on the result changes nothing, and fix-all applied twice to the original changes nothing
 * the second time.
 */
export async function assertRepaired(before: string, after: string, code: string, options: Options = {}): Promise<void> {
  assert.doesNotThrow(() => JSON.parse(after.replace(/^\uFEFF/, '')), 'result is not strict JSON');
  const old = await diagnostics(before, options);
  const now = await diagnostics(after, options);
  assert.ok(old.some(d => d.code === code), `expected a ${code} finding before the fix`);
  assert.equal(now.filter(d => d.code === code).length, old.filter(d => d.code === code).length - 1,
    `exactly one ${code} finding should go: ${summarize(now).join('\n')}`);
  const withoutPlace = (s: string) => s.replace(/^\S+ /, '');
  const oldErrors = new Set(summarize(old.filter(d => d.severity === 1)).map(withoutPlace));
  const newErrors = summarize(now.filter(d => d.severity === 1)).map(withoutPlace).filter(s => !oldErrors.has(s));
  assert.deepEqual(newErrors, [], 'the fix introduced an error');
  assert.equal(await fixAll(after, options), after, 'fix-all changed an already repaired document');
  await assertFixAllIdempotent(before, options);
}

/** Applies `source.fixAll` once (or returns the text unchanged when it offers nothing). */
export async function fixAll(text: string, options: Options = {}): Promise<string> {
  const document = doc(text, options.uri);
  const actions = await service.codeActions(document, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    { diagnostics: [], only: ['source.fixAll'] }, request(options));
  assert.ok(actions.length <= 1, 'at most one fix-all action');
  return actions.length ? apply(document, actions[0]) : text;
}

/** Fix-all applied twice: the second run must change nothing. */
export async function assertFixAllIdempotent(text: string, options: Options = {}): Promise<string> {
  const once = await fixAll(text, options);
  assert.equal(await fixAll(once, options), once, 'second fix-all changed the document');
  return once;
}

// ---- completion and hover

export async function completions(textWithCaret: string): Promise<{ items: CompletionItem[]; text: string; document: TextDocument }> {
  const { text, offset } = caret(textWithCaret);
  const document = doc(text);
  const list = await service.complete(document, document.positionAt(offset));
  return { items: list?.items ?? [], text, document };
}

/** Replaces snippet syntax with the placeholders' default values, as the editor shows them right after insertion. */
export function expandSnippet(snippet: string): string {
  let s = snippet;
  for (let i = 0; i < 10 && /\$\{\d+(:|\|)/.test(s); i++) {
    s = s.replace(/\$\{\d+:((?:[^{}\\]|\\.)*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
  }
  return s.replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}

/** The document text after accepting `label` from the completion list at the caret. */
export async function applyCompletion(textWithCaret: string, label: string): Promise<string> {
  const { items, document } = await completions(textWithCaret);
  const item = items.find(i => i.label === label);
  if (!item) throw new Error(`no completion "${label}"; got ${items.map(i => i.label).join(', ')}`);
  const edit = item.textEdit as TextEdit | undefined;
  if (!edit || !('range' in edit)) throw new Error(`completion "${label}" has no textEdit`);
  return TextDocument.applyEdits(document, [{ range: edit.range, newText: expandSnippet(edit.newText) }]);
}

export async function hoverText(textWithCaret: string): Promise<{ markdown: string; hover: Hover | null; text: string }> {
  const { text, offset } = caret(textWithCaret);
  const document = doc(text);
  const hover = await service.hover(document, document.positionAt(offset));
  return { markdown: hover ? markdownOf(hover.contents) : '', hover, text };
}

function markdownOf(contents: MarkupContent | MarkedString | MarkedString[]): string {
  if (Array.isArray(contents)) return contents.map(c => markdownOf(c)).join('\n\n');
  if (typeof contents === 'string') return contents;
  return contents.value;
}

// ---- the preview's dialog model

export function dialogFor(text: string): DialogViewModel {
  return buildDialogModel(service.analyze(doc(text)).model);
}

// ---- the swagger (apiDefinition.swagger.json) rules

export interface SwaggerOptions { profile?: Profile; rules?: Record<string, RuleLevel> }

/** The swagger validation (every swagger rule, as users get it). */
export function swaggerDiagnostics(text: string, options: SwaggerOptions = {}): Diagnostic[] {
  return validateSwaggerText(SWAGGER_URI, text, { settings: { validate: true, rules: options.rules ?? {}, profile: 'auto' }, profile: options.profile ?? 'custom' }).diagnostics;
}

/** Swagger diagnostics of `code` as finding lines. */
export function swaggerFindings(text: string, code: string, options: SwaggerOptions = {}): string[] {
  const document = doc(text, SWAGGER_URI, 'json');
  return swaggerDiagnostics(text, options).filter(d => d.code === code).map(d => findingLine(d, document));
}

/** The covered text of each swagger finding of `code` (the compact form of an exact-range assertion). */
export function swaggerCovered(text: string, code: string, options: SwaggerOptions = {}): string[] {
  const document = doc(text, SWAGGER_URI, 'json');
  return swaggerDiagnostics(text, options).filter(d => d.code === code).map(d => document.getText(d.range));
}

export function swaggerFixesOf(text: string, code: string, options: SwaggerOptions = {}): (FixData[] | undefined)[] {
  return swaggerDiagnostics(text, options).filter(d => d.code === code).map(d => (d.data as { fixes?: FixData[] } | undefined)?.fixes);
}

/** The swagger text after applying the first fix of the `index`-th finding of `code`. */
export function applySwaggerFix(text: string, code: string, index = 0, options: SwaggerOptions = {}, fixIndex = 0): string {
  const fix = swaggerFixesOf(text, code, options)[index]?.[fixIndex];
  if (!fix) throw new Error(`no fix on finding ${index} of ${code}`);
  return applyOffsetEdits(text, fixToEdits(text, fix, detectFormatting(text)));
}
