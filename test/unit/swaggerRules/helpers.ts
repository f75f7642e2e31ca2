// Swagger-rule test helpers: run the swagger validation (every rule, as users get it) and keep one code's diagnostics
// as `line:col-line:col severity code [covered text] message` (1-based), and apply a finding's fix to the text.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-json-languageservice';
import type { FixData, Profile, RuleLevel } from '../../../server/src/engine';
import { validateSwaggerText } from '../../../server/src/engine/swaggerRules/validate';
import { fixToEdits } from '../../../server/src/engine/codeActions/fixData';
import { detectFormatting } from '../../../server/src/engine/codeActions/formatting';
import { applyOffsetEdits } from '../../../server/src/engine/codeActions/textEdits';

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];
const URI = 'file:///projects/contoso/apiDefinition.swagger.json';

export interface RunOptions { profile?: Profile; rules?: Record<string, RuleLevel> }

export function diagnose(text: string, options: RunOptions = {}): Diagnostic[] {
  return validateSwaggerText(URI, text, { settings: { validate: true, rules: options.rules ?? {}, profile: 'auto' }, profile: options.profile ?? 'custom' }).diagnostics;
}

export function findings(text: string, code: string, options: RunOptions = {}): string[] {
  const document = TextDocument.create(URI, 'json', 1, text);
  return diagnose(text, options).filter(d => d.code === code).map(d => {
    const r = d.range;
    return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1} ${SEVERITY[d.severity ?? 1]} ${d.code} [${document.getText(r).replace(/\n/g, '⏎')}] ${d.message}`;
  });
}

/** The covered text of each finding of `code` (the compact form of an exact-range assertion). */
export function covered(text: string, code: string, options: RunOptions = {}): string[] {
  const document = TextDocument.create(URI, 'json', 1, text);
  return diagnose(text, options).filter(d => d.code === code).map(d => document.getText(d.range));
}

export function fixesOf(text: string, code: string): (FixData[] | undefined)[] {
  return diagnose(text).filter(d => d.code === code).map(d => (d.data as { fixes?: FixData[] } | undefined)?.fixes);
}

/** The text after applying the first fix of the `index`-th finding of `code`. */
export function applyFix(text: string, code: string, index = 0): string {
  const fix = fixesOf(text, code)[index]?.[0];
  if (!fix) throw new Error(`no fix on finding ${index} of ${code}`);
  return applyOffsetEdits(text, fixToEdits(text, fix, detectFormatting(text)));
}

/** A swagger with `paths` (and any other root members), pretty-printed with two spaces. */
export function swagger(paths: Record<string, unknown>, root: Record<string, unknown> = {}): string {
  return JSON.stringify({ swagger: '2.0', info: { title: 'Contoso', version: '1.0' }, host: 'api.contoso.com', basePath: '/', schemes: ['https'], paths, ...root }, null, 2) + '\n';
}

/** A minimal operation with a 200 response. */
export function op(operationId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { operationId, summary: 'Do it', responses: { 200: { description: 'OK' } }, ...extra };
}

export const pathParam = (name: string, extra: Record<string, unknown> = {}) =>
  ({ name, in: 'path', required: true, type: 'string', 'x-ms-url-encoding': 'single', ...extra });
