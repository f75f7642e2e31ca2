// Hostile swaggers through the swagger navigation and the operationId rename (engine): mutated swaggers,
// apiProperties.json and script.csx, asked at random offsets. No exception, every location inside its file, every
// rename's edits inside their file and not overlapping; a rename of a valid folder leaves valid JSON.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Position, Range, TextEdit } from 'vscode-json-languageservice';
import {
  ConnectorFiles, NavigationFileKind, prepareOperationIdRename, renameOperationIdAt, swaggerDefinition, swaggerOutline, swaggerReferences,
} from '../../server/src/engine/swaggerNavigation';
import { mutate } from './mutate';
import { inputSeed, Random } from './random';
import { folder, PROPS, SCRIPT, SWAGGER } from '../unit/swaggerNavigation/fixtures';

function inside(text: string, p: Position): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  return p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
}

function rangeProblem(text: string, r: Range): string | undefined {
  if (!inside(text, r.start) || !inside(text, r.end)) return `outside: ${JSON.stringify(r)}`;
  if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character)) return `reversed: ${JSON.stringify(r)}`;
  return undefined;
}

function check(files: ConnectorFiles, rng: Random): string[] {
  const problems: string[] = [];
  const textOf = (uri: string) => [files.swagger, files.apiProperties, files.script].find(f => f?.uri === uri)?.text;
  const locations = (what: string, ls: Location[]) => {
    for (const l of ls) {
      const text = textOf(l.uri);
      const p = text === undefined ? `unknown uri ${l.uri}` : rangeProblem(text, l.range);
      if (p) problems.push(`${what}: ${p}`);
    }
  };
  const guard = (what: string, f: () => void) => {
    try { f(); } catch (e) { problems.push(`${what} threw ${(e as Error).stack?.split('\n').slice(0, 3).join(' ')}`); }
  };
  guard('outline', () => {
    const walk = (s: ReturnType<typeof swaggerOutline>) => s.forEach(x => {
      if (!x.name) problems.push('outline: empty name');
      const p = rangeProblem(files.swagger.text, x.range) ?? rangeProblem(files.swagger.text, x.selectionRange);
      if (p) problems.push(`outline: ${p}`);
      walk(x.children ?? []);
    });
    walk(swaggerOutline(files.swagger));
  });
  for (let k = 0; k < 6; k++) {
    const kind = rng.pick<NavigationFileKind>(['swagger', 'swagger', 'apiProperties', 'script']);
    const file = kind === 'swagger' ? files.swagger : kind === 'apiProperties' ? files.apiProperties! : files.script!;
    const offset = rng.int(0, file.text.length);
    if (kind === 'swagger') {
      guard('definition', () => locations('definition', swaggerDefinition(files, offset)));
      guard('references', () => locations('references', swaggerReferences(files, offset, rng.chance(0.5))));
    }
    guard('prepareRename', () => {
      const r = prepareOperationIdRename(kind, file, offset);
      const p = r && rangeProblem(file.text, r.range);
      if (p) problems.push(`prepareRename: ${p}`);
    });
    guard('rename', () => {
      const r = renameOperationIdAt(kind, files, offset, rng.pick(['Renamed', 'x', 'ListWidgets', 'a b', '']));
      if (!r || 'error' in r) return;
      for (const [uri, edits] of Object.entries(r.changes)) {
        const text = textOf(uri);
        if (text === undefined) { problems.push(`rename: unknown uri ${uri}`); continue; }
        edits.forEach(e => { const p = rangeProblem(text, e.range); if (p) problems.push(`rename: ${p}`); });
        const doc = TextDocument.create(uri, 'json', 0, text);
        const spans = edits.map((e: TextEdit) => [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)]).sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][1]) problems.push('rename: overlapping edits');
      }
    });
  }
  return problems;
}

test('swagger navigation fuzz: 200 mutated connector folders, asked at random offsets', () => {
  const findings: string[] = [];
  for (let i = 0; i < 200; i++) {
    const rng = new Random(inputSeed(11, i));
    const which = rng.int(0, 2);
    const swagger = which === 0 ? mutate(SWAGGER, rng, [SWAGGER]).text : SWAGGER;
    const props = which === 1 ? mutate(PROPS, rng, [PROPS]).text : PROPS;
    const script = which === 2 ? mutate(SCRIPT, rng, [SCRIPT]).text : SCRIPT;
    const problems = check(folder({ swagger, props, script }), rng);
    if (problems.length) findings.push(`#${i}: ${problems.join('; ').slice(0, 400)}`);
  }
  assert.deepEqual(findings, []);
});

test('swagger navigation: deep nesting and a huge string stay answers, not crashes', () => {
  const deep = '{"paths":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}';
  const long = SWAGGER.replace('"List widgets"', JSON.stringify('x'.repeat(2_000_000)));
  for (const swagger of [deep, long, '', 'null', '\u0000\u0001binary']) {
    assert.deepEqual(check(folder({ swagger }), new Random(3)), []);
  }
});
