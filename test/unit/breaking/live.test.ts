// Live breaking changes in the editor, over a scripted BaseReader (the git one has its own test): `prepare` waits for
// the first read only (and only so long), the severity follows the profile, `off`, a new connector and no reader give
// no finding, a comparison is not redone for the same version and base, and a .git change re-reads every base and
// re-analyses only the documents whose base moved.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LiveBreaking } from '../../../server/src/engine/breaking/live';
import { breakingDiagnostics, compareTexts } from '../../../server/src/engine/breaking';
import type { BaseReader, BaseText } from '../../../server/src/engine/breaking/types';
import type { EngineSettings } from '../../../server/src/engine';

const SWAGGER_URI = 'file:///repo/Contoso/apiDefinition.swagger.json';
const PROPS_URI = 'file:///repo/Contoso/apiProperties.json';
const published = {
  swagger: '2.0', info: { title: 'Contoso', version: '1.0' },
  paths: {
    '/orders': { get: { operationId: 'ListOrders', responses: { '200': { description: 'ok' } } } },
    '/orders/{id}': { get: { operationId: 'GetOrder', parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }], responses: { '200': { description: 'ok' } } } },
  },
};
const withoutGetOrder = JSON.stringify({ ...published, paths: { '/orders': published.paths['/orders'] } }, null, 2);
const props = { properties: { connectionParameters: { region: { type: 'string' } } } };

/** A reader answering from a table the test edits (after `gate`, when set); counts reads and invalidations. */
class ScriptedReader implements BaseReader {
  readonly watchGlobs = ['**/.git/HEAD'];
  answers = new Map<string, BaseText>();
  reads = 0;
  invalidations = 0;
  gate?: Promise<void>;
  async read(uri: string): Promise<BaseText> {
    this.reads++;
    await this.gate;
    return this.answers.get(uri) ?? { note: 'not in a git repository', key: 'none' };
  }
  invalidate(): void { this.invalidations++; }
}

const settings = (over: Partial<EngineSettings> = {}): EngineSettings => ({ validate: true, rules: {}, profile: 'auto', ...over });
const swaggerDoc = (text: string, version = 1) => TextDocument.create(SWAGGER_URI, 'json', version, text);

/** A LiveBreaking whose `baseChanged` calls are collected; `next()` resolves at the next one. */
function live(reader: BaseReader | undefined, firstReadWaitMs?: number) {
  const changed: string[] = [];
  let wake: (() => void) | undefined;
  const breaking = new LiveBreaking(reader, uri => { changed.push(uri); wake?.(); }, firstReadWaitMs);
  const next = () => new Promise<void>(resolve => { wake = resolve; });
  return { breaking, changed, next };
}

describe('live breaking changes', () => {
  it('prepare waits for the first read; the analysis then finds the deleted operation, an error for certified', async () => {
    const reader = new ScriptedReader();
    reader.answers.set(SWAGGER_URI, { text: JSON.stringify(published), ref: 'HEAD', key: 'c1:s' });
    const { breaking, changed } = live(reader);
    const doc = swaggerDoc(withoutGetOrder);
    assert.deepEqual(breaking.check('swagger', doc, settings(), 'certified'), { diagnostics: [] }, 'nothing before any read: check never reads');
    assert.equal(reader.reads, 0);
    await breaking.prepare(SWAGGER_URI, settings());
    const found = breaking.check('swagger', doc, settings(), 'certified');
    assert.deepEqual(found.diagnostics.map(d => [d.code, d.severity, (d.data as { valuePath: string }).valuePath, (d.data as { base: string }).base]), [['breaking-operation-deleted', 1, 'operation/GetOrder', 'HEAD']]);
    assert.deepEqual(found.status, { ref: 'HEAD' });
    // The profile sets the level: custom connectors get a warning.
    assert.deepEqual(breaking.check('swagger', doc, settings(), 'custom').diagnostics.map(d => d.severity), [2]);
    // The awaited first answer asks for no second analysis, and the same answer again neither.
    await breaking.prepare(SWAGGER_URI, settings());
    await new Promise(resolve => setTimeout(resolve, 10));
    assert.equal(reader.reads, 2);
    assert.deepEqual(changed, []);
  });

  it('a slow first read: prepare gives up after its time, and the late answer asks for another analysis', async () => {
    const reader = new ScriptedReader();
    reader.answers.set(SWAGGER_URI, { text: JSON.stringify(published), ref: 'HEAD', key: 'c1:s' });
    let open!: () => void;
    reader.gate = new Promise<void>(resolve => { open = resolve; });
    const { breaking, changed, next } = live(reader, 20);
    const doc = swaggerDoc(withoutGetOrder);
    await breaking.prepare(SWAGGER_URI, settings());
    assert.deepEqual(breaking.check('swagger', doc, settings(), 'certified'), { diagnostics: [] });
    const arrived = next();
    open();
    await arrived;
    assert.deepEqual(changed, [SWAGGER_URI]);
    assert.equal(breaking.check('swagger', doc, settings(), 'certified').diagnostics.length, 1);
  });

  it('compares once per version and base: a re-analysis of the same version reuses the result', async () => {
    const reader = new ScriptedReader();
    reader.answers.set(SWAGGER_URI, { text: JSON.stringify(published), ref: 'HEAD', key: 'c1:s' });
    const { breaking } = live(reader);
    await breaking.prepare(SWAGGER_URI, settings());
    const first = breaking.check('swagger', swaggerDoc(withoutGetOrder, 1), settings(), 'certified').diagnostics;
    assert.equal(first.length, 1);
    assert.equal(breaking.check('swagger', swaggerDoc(withoutGetOrder, 1), settings(), 'certified').diagnostics, first, 'the same result object: nothing compared again');
    assert.notEqual(breaking.check('swagger', swaggerDoc(withoutGetOrder, 2), settings(), 'certified').diagnostics, first, 'a new version is compared');
    assert.deepEqual(breaking.check('swagger', swaggerDoc(JSON.stringify(published), 3), settings(), 'certified').diagnostics, []);
  });

  it('reads a base once for every version compared with it, and again when the base moves', async () => {
    const reader = new ScriptedReader();
    const baseText = JSON.stringify(published);
    reader.answers.set(SWAGGER_URI, { text: baseText, ref: 'HEAD', key: 'c1:s' });
    const { breaking } = live(reader);
    await breaking.prepare(SWAGGER_URI, settings());
    const parse = JSON.parse;
    const parsed: string[] = [];
    JSON.parse = ((text: string, reviver?: never) => { parsed.push(text); return parse(text, reviver); }) as typeof JSON.parse;
    let moved: string;
    try {
      for (let version = 1; version <= 3; version++) {
        assert.equal(breaking.check('swagger', swaggerDoc(withoutGetOrder + ' '.repeat(version), version), settings(), 'certified').diagnostics.length, 1);
      }
      assert.equal(parsed.filter(t => t === baseText).length, 1, 'the base parsed once for three versions');
      assert.equal(parsed.filter(t => t !== baseText).length, 3, 'each version parsed');
      // A new commit: its base is read again, and the comparison follows it.
      moved = JSON.stringify({ ...published, paths: { '/orders': published.paths['/orders'] } });
      reader.answers.set(SWAGGER_URI, { text: moved, ref: 'HEAD', key: 'c2:s' });
      breaking.refreshAll();
      await new Promise(resolve => setTimeout(resolve, 10));
      assert.deepEqual(breaking.check('swagger', swaggerDoc(withoutGetOrder, 4), settings(), 'certified').diagnostics, []);
    } finally {
      JSON.parse = parse;
    }
    assert.equal(parsed.filter(t => t === moved).length, 1);
  });

  it('locates findings in the tree the swagger analysis built for the same text, as in a fresh parse', async () => {
    const reader = new ScriptedReader();
    reader.answers.set(SWAGGER_URI, { text: JSON.stringify(published), ref: 'HEAD', key: 'c1:s' });
    const { breaking } = live(reader);
    await breaking.prepare(SWAGGER_URI, settings());
    // The finding points at "paths" (the operation's path is gone); the text is laid out so its line and column are known.
    const doc = swaggerDoc(withoutGetOrder, 7);
    const line = withoutGetOrder.split('\n').findIndex(l => l.includes('"paths"'));
    const found = breaking.check('swagger', doc, settings(), 'certified').diagnostics;
    assert.deepEqual(found.map(d => d.range), [{ start: { line, character: 2 }, end: { line, character: 9 } }]);
    assert.deepEqual(found, breakingDiagnostics(doc, compareTexts('swagger', JSON.stringify(published), withoutGetOrder).findings, { profile: 'certified', settings: settings(), baseLabel: 'HEAD' }));
  });

  it('the rule level from settings applies (off hides the finding)', async () => {
    const reader = new ScriptedReader();
    reader.answers.set(SWAGGER_URI, { text: JSON.stringify(published), ref: 'HEAD', key: 'c1:s' });
    const { breaking } = live(reader);
    await breaking.prepare(SWAGGER_URI, settings());
    assert.deepEqual(breaking.check('swagger', swaggerDoc(withoutGetOrder), settings({ rules: { 'breaking-operation-deleted': 'off' } }), 'certified').diagnostics, []);
    assert.equal(breaking.check('swagger', swaggerDoc(withoutGetOrder), settings({ rules: { 'breaking-operation-deleted': 'hint' } }), 'certified').diagnostics[0].severity, 4);
  });

  it('apiProperties: a removed connection parameter', async () => {
    const reader = new ScriptedReader();
    reader.answers.set(PROPS_URI, { text: JSON.stringify(props), ref: 'origin/dev (merge base 1234567)', key: 'c1:p' });
    const { breaking } = live(reader);
    const doc = TextDocument.create(PROPS_URI, 'apiproperties', 1, '{ "properties": { "connectionParameters": {} } }');
    await breaking.prepare(PROPS_URI, settings());
    const found = breaking.check('apiProperties', doc, settings(), 'independent-publisher');
    assert.deepEqual(found.diagnostics.map(d => [d.code, d.severity]), [['breaking-connection-parameters-changed', 1]]);
    assert.deepEqual(found.status, { ref: 'origin/dev (merge base 1234567)' });
  });

  it('off, a new connector, no repository and no reader: no finding, and the status says why', async () => {
    const reader = new ScriptedReader();
    reader.answers.set(SWAGGER_URI, { ref: 'HEAD', note: 'new connector: not in HEAD', key: 'c1:s' });
    const { breaking, next } = live(reader);
    const doc = swaggerDoc(withoutGetOrder);
    await breaking.prepare(SWAGGER_URI, settings({ breakingBase: 'off' }));
    const off = breaking.check('swagger', doc, settings({ breakingBase: 'off' }), 'certified');
    assert.deepEqual(off.diagnostics, []);
    assert.match(off.status?.note ?? '', /off/);
    assert.equal(reader.reads, 0, '"off" reads nothing');
    await breaking.prepare(SWAGGER_URI, settings());
    assert.deepEqual(breaking.check('swagger', doc, settings(), 'certified'), { diagnostics: [], status: { ref: 'HEAD', note: 'new connector: not in HEAD' } });
    reader.answers.delete(SWAGGER_URI);
    const moved = next();
    breaking.refreshAll();
    await moved;
    assert.deepEqual(breaking.check('swagger', doc, settings(), 'certified'), { diagnostics: [], status: { ref: undefined, note: 'not in a git repository' } });
    assert.deepEqual(live(undefined).breaking.check('swagger', doc, settings(), 'certified'), { diagnostics: [] });
  });

  it('a .git change re-reads every base and re-analyses only the documents whose base moved', async () => {
    const reader = new ScriptedReader();
    reader.answers.set(SWAGGER_URI, { text: JSON.stringify(published), ref: 'HEAD', key: 'c1:s' });
    reader.answers.set(PROPS_URI, { text: JSON.stringify(props), ref: 'HEAD', key: 'c1:p' });
    const { breaking, changed, next } = live(reader);
    await breaking.prepare(SWAGGER_URI, settings());
    await breaking.prepare(PROPS_URI, settings());
    assert.equal(breaking.check('swagger', swaggerDoc(withoutGetOrder), settings(), 'certified').diagnostics.length, 1);
    // A commit that includes the swagger's change: its base moves, the apiProperties' does not.
    reader.answers.set(SWAGGER_URI, { text: withoutGetOrder, ref: 'HEAD', key: 'c2:s' });
    const readsBefore = reader.reads;
    const moved = next();
    breaking.refreshAll();
    await moved;
    await new Promise(resolve => setTimeout(resolve, 10));
    assert.equal(reader.invalidations, 1);
    assert.equal(reader.reads - readsBefore, 2);
    assert.deepEqual(changed, [SWAGGER_URI]);
    assert.deepEqual(breaking.check('swagger', swaggerDoc(withoutGetOrder), settings(), 'certified').diagnostics, []);
    // A closed document is no longer read.
    breaking.forget(SWAGGER_URI);
    breaking.forget(PROPS_URI);
    breaking.refreshAll();
    await new Promise(resolve => setTimeout(resolve, 10));
    assert.equal(reader.reads - readsBefore, 2, 'nothing read after forget');
  });
});
