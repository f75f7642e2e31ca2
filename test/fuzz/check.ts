// The fuzzer's oracle: runs every engine feature on one input and lists what is wrong with the answers. A failure
// is an exception, a range outside the document or malformed, or formatting that changes the JSON value.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConnectorService, SwaggerContext } from '../../server/src/engine';
import { AUTH_KINDS } from '../../server/src/engine/authKinds';
import { buildDialogModel } from '../../server/src/engine/preview/dialogModel';
import { renderDialogHtml } from '../../server/src/engine/preview/renderHtml';
import { fixOutsideMember, hasRuleFixes, judgeable } from './fixOracle';
import { Random } from './random';

interface Position { line: number; character: number }
interface Range { start: Position; end: Position }
interface TextEditLike { range: Range; newText: string }

export interface CheckResult {
  failures: string[];
  /** Wall time of each feature, ms. */
  timings: Record<string, number>;
  totalMs: number;
  /** Quick fixes checked by the member oracle, how many edited outside their member, and whether keys were duplicated. */
  quickFixes: { checked: number; outside: number; duplicates: boolean };
}

/** At most this many diagnostics per input get their quick fixes checked by the member oracle. */
const ORACLE_DIAGNOSTICS = 40;

export const FUZZ_URI = 'file:///fuzz/apiProperties.json';

const SETTINGS = { validate: true, rules: {}, profile: 'certified' as const };

function describeError(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message} @ ${(e.stack ?? '').split('\n').slice(1, 4).map(s => s.trim()).join(' < ')}` : String(e);
}

export class Checker {
  private version = 0;

  constructor(readonly service = new ConnectorService()) {}

  /** `swagger`: the paired swagger's context (cross-file checks, operation-id completion and navigation). */
  async check(text: string, rng: Random, swagger?: SwaggerContext): Promise<CheckResult> {
    const doc = TextDocument.create(FUZZ_URI, 'apiproperties', ++this.version, text);
    const failures: string[] = [];
    const timings: Record<string, number> = {};
    const lines = lineLengths(text);
    const inDoc = (p: Position | undefined) => !!p && Number.isInteger(p.line) && Number.isInteger(p.character)
      && p.line >= 0 && p.character >= 0 && p.line < lines.length && p.character <= lines[p.line];
    const rangeProblem = (r: Range | undefined): string | undefined => {
      if (!r || !inDoc(r.start) || !inDoc(r.end)) return `outside the document (${lines.length} lines): ${JSON.stringify(r)}`;
      if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character)) return `reversed: ${JSON.stringify(r)}`;
      return undefined;
    };
    const run = async <T>(name: string, f: () => T | Promise<T>): Promise<T | undefined> => {
      const t = performance.now();
      try {
        return await f();
      } catch (e) {
        failures.push(`${name} threw ${describeError(e)}`);
        return undefined;
      } finally {
        timings[name] = (timings[name] ?? 0) + performance.now() - t;
      }
    };
    const start = performance.now();
    const quickFixes = { checked: 0, outside: 0, duplicates: false };

    const diagnostics = await run('validate', () => this.service.validate(doc, { settings: SETTINGS, swagger }));
    if (diagnostics) {
      for (const d of diagnostics) {
        const problem = rangeProblem(d.range);
        if (problem) failures.push(`diagnostic ${d.code} range ${problem}`);
        if (typeof d.message !== 'string' || !d.message.trim()) failures.push(`diagnostic ${d.code} without message`);
        if (d.source !== 'pp-connector') failures.push(`diagnostic ${d.code} with source ${d.source}`);
        if (![1, 2, 3, 4].includes(d.severity as number)) failures.push(`diagnostic ${d.code} with severity ${d.severity}`);
        if (typeof d.code !== 'string' || !d.code) failures.push(`diagnostic without a string code: ${JSON.stringify(d.code)} ${d.message}`);
      }
    }

    const positions = [randomPosition(rng, lines), randomPosition(rng, lines), lastPosition(lines)];
    for (const p of positions.slice(0, 2)) {
      await run('complete', async () => {
        const list = await this.service.complete(doc, p, swagger);
        for (const item of list?.items ?? []) {
          const edit = item.textEdit as { range?: Range; insert?: Range; replace?: Range } | undefined;
          const r = edit?.range ?? edit?.replace;
          const problem = r && rangeProblem(r);
          if (problem) failures.push(`completion ${item.label} at ${JSON.stringify(p)}: edit range ${problem}`);
        }
      });
      await run('hover', async () => {
        const h = await this.service.hover(doc, p, swagger);
        const problem = h?.range && rangeProblem(h.range);
        if (problem) failures.push(`hover at ${JSON.stringify(p)}: range ${problem}`);
      });
    }

    await run('documentSymbols', () => {
      const walk = (symbols: { range: Range; selectionRange: Range; children?: unknown[]; name: string }[]) => {
        for (const s of symbols) {
          const problem = rangeProblem(s.range) ?? rangeProblem(s.selectionRange);
          if (problem) failures.push(`symbol ${JSON.stringify(s.name).slice(0, 40)}: ${problem}`);
          if (s.children) walk(s.children as typeof symbols);
        }
      };
      walk(this.service.documentSymbols(doc) as never);
    });
    await run('foldingRanges', () => {
      for (const f of this.service.foldingRanges(doc)) {
        if (!(f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < lines.length)) failures.push(`folding range ${JSON.stringify(f)} outside ${lines.length} lines`);
      }
    });
    await run('selectionRanges', () => {
      const ranges = this.service.selectionRanges(doc, positions);
      if (ranges.length !== positions.length) failures.push(`selectionRanges: ${ranges.length} answers for ${positions.length} positions`);
      for (let s: { range: Range; parent?: unknown } | undefined = ranges[0]; s; s = s.parent as typeof s) {
        const problem = rangeProblem(s.range);
        if (problem) { failures.push(`selection range ${problem}`); break; }
      }
    });
    if (diagnostics) {
      const valid = strictParse(text).ok;
      const checkActions = (actions: unknown[], where: string) => {
        for (const action of actions as { title: string; edit?: { changes?: Record<string, TextEditLike[]>; documentChanges?: { textDocument?: { uri: string }; edits?: TextEditLike[] }[] } }[]) {
          const edits = [
            ...(action.edit?.changes?.[FUZZ_URI] ?? []),
            ...(action.edit?.documentChanges ?? []).filter(c => c.textDocument?.uri === FUZZ_URI).flatMap(c => c.edits ?? []),
          ];
          for (const e of edits) {
            const problem = rangeProblem(e.range);
            if (problem) { failures.push(`code action "${action.title}" (${where}): edit ${problem}`); return; }
          }
          if (!edits.length || !valid) continue;
          let result: string;
          try {
            result = TextDocument.applyEdits(doc, edits as never);
          } catch (e) {
            failures.push(`code action "${action.title}" (${where}): edits cannot be applied: ${describeError(e)}`);
            continue;
          }
          const after = strictParse(result);
          if (!after.ok) failures.push(`code action "${action.title}" (${where}) made valid JSON invalid: ${after.error}`);
        }
      };
      await run('codeActions', async () => {
        checkActions(await this.service.codeActions(doc, { start: positions[0], end: positions[0] }, { diagnostics }, { settings: SETTINGS, swagger }), 'at a position');
        if (diagnostics.length) {
          const d = diagnostics[rng.int(0, diagnostics.length - 1)];
          checkActions(await this.service.codeActions(doc, d.range, { diagnostics: [d] }, { settings: SETTINGS, swagger }), `for ${d.code}`);
        }
        if (rng.chance(0.2)) checkActions(await this.service.codeActions(doc, { start: { line: 0, character: 0 }, end: lastPosition(lines) }, { diagnostics, only: ['source.fixAll'] }, { settings: SETTINGS, swagger }), 'fix all');
      });
      await run('quickFixOracle', async () => {
        quickFixes.duplicates = diagnostics.some(d => d.code === 'duplicate-key');
        if (!judgeable(text)) return;
        for (const d of diagnostics.filter(hasRuleFixes).slice(0, ORACLE_DIAGNOSTICS)) {
          const actions = await this.service.codeActions(doc, d.range, { diagnostics: [d], only: ['quickfix'] }, { settings: SETTINGS, swagger });
          for (const action of actions) {
            const edits = action.edit?.changes?.[FUZZ_URI] ?? [];
            if (!edits.length) continue;
            quickFixes.checked++;
            const problem = fixOutsideMember(doc, d, edits);
            if (problem) {
              quickFixes.outside++;
              failures.push(`quick fix "${action.title}" for ${d.code}${quickFixes.duplicates ? ' (duplicate keys)' : ''}: ${problem}`);
            }
          }
        }
      });
    }
    await run('navigation', () => {
      for (const p of positions.slice(0, 2)) {
        const locations = [...this.service.definition(doc, p, swagger), ...this.service.references(doc, p, true, swagger)];
        for (const l of locations) {
          const problem = l.uri === FUZZ_URI ? rangeProblem(l.range)
            : swagger?.text !== undefined && l.uri === swagger.uri ? swaggerRangeProblem(swagger.text, l.range) : undefined;
          if (problem) failures.push(`definition/references at ${JSON.stringify(p)}: ${problem}`);
        }
      }
    });

    await run('preview', () => {
      const view = buildDialogModel(this.service.analyze(doc).model);
      const spans: { offset: number; length: number }[] = [];
      JSON.stringify(view, (key, value) => {
        if (key === 'span' && value && typeof value.offset === 'number') spans.push(value);
        return value;
      });
      // vscode-json-languageservice gives a node cut off by an unterminated block comment one character past the end;
      // spans only feed positionAt (which clamps), so that one character is tolerated.
      for (const span of spans) {
        if (!(span.offset >= 0 && span.length >= 0 && span.offset <= text.length && span.offset + span.length <= text.length + 1)) {
          failures.push(`preview span ${JSON.stringify(span)} outside the document (${text.length} chars)`);
          break;
        }
      }
      renderDialogHtml(view, { nonce: 'bm9uY2U', documentName: 'apiProperties.json' });
    });
    await run('addAuthenticationSet', () => {
      const kind = rng.pick(AUTH_KINDS).id;
      const result = this.service.authenticationSetEdit(doc, kind, positions[0], rng.chance(0.5));
      const problem = result && rangeProblem(result.edit.range);
      if (problem) failures.push(`authentication set edit (${kind}) ${problem}`);
    });

    await run('format', () => {
      const edits = this.service.format(doc, undefined, { insertFinalNewline: true });
      for (const e of edits) {
        const problem = rangeProblem(e.range);
        if (problem) { failures.push(`format edit ${problem}`); return; }
      }
      if (this.service.analyze(doc).limits.level === 'none') {
        if (edits.length) failures.push(`format edited a document it declined to analyse (${edits.length} edits)`);
        return;
      }
      const formatted = TextDocument.applyEdits(doc, edits);
      const before = strictParse(text);
      if (before.ok) {
        const after = strictParse(formatted);
        if (!after.ok) failures.push(`format made valid JSON invalid: ${after.error}`);
        else if (!sameJson(before.value, after.value)) failures.push('format changed the JSON value');
      }
    });
    await run('rangeFormat', () => {
      const r = { start: positions[0], end: positions[1] };
      const ordered = rangeProblem(r) ? { start: positions[1], end: positions[0] } : r;
      for (const e of this.service.format(doc, ordered)) {
        const problem = rangeProblem(e.range);
        if (problem) { failures.push(`range format edit ${problem}`); return; }
      }
    });

    this.service.forget(FUZZ_URI);
    return { failures, timings, totalMs: performance.now() - start, quickFixes };
  }
}

/** Compares serialisations: util.isDeepStrictEqual recurses and overflows on the deeply nested inputs. */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function strictParse(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** A range in the swagger text (go-to-definition targets): inside it and not reversed. */
function swaggerRangeProblem(text: string, r: Range): string | undefined {
  const lines = lineLengths(text);
  const ok = (p: Position) => p.line >= 0 && p.character >= 0 && p.line < lines.length && p.character <= lines[p.line];
  if (!ok(r.start) || !ok(r.end)) return `outside the swagger (${lines.length} lines): ${JSON.stringify(r)}`;
  if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character)) return `reversed in the swagger: ${JSON.stringify(r)}`;
  return undefined;
}

/** Line lengths as TextDocument counts them (\r\n, \r and \n end lines). */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map(l => l.length);
}

function randomPosition(rng: Random, lines: number[]): Position {
  const line = rng.int(0, lines.length - 1);
  return { line, character: rng.int(0, lines[line]) };
}

function lastPosition(lines: number[]): Position {
  return { line: lines.length - 1, character: lines[lines.length - 1] };
}
