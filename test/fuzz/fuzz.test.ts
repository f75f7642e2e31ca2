// A short, fixed-seed fuzz run over our fixtures, through the engine and the server process: the long runs
// (`npm run fuzz -- --count 100000`) find new failures; this keeps the ones already fixed from coming back.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { runFuzz, sweepTruncations } from './run';
import { loadSeeds } from './seeds';
import { MUTATIONS, mutate } from './mutate';
import { Random } from './random';
import { LspChecker } from './lspCheck';
import { swaggerRuleFailures } from './swaggerCheck';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

test('fuzz: 400 mutated fixtures (10 through dist/server.js) raise no exception and give well-formed answers', async () => {
  const seeds = loadSeeds({ corpus: false });
  assert.ok(seeds.length >= 5, 'fixtures under test/fixtures/fuzz');
  const findings: string[] = [];
  const stats = await runFuzz({
    seed: 7, count: 400, seeds, lspEvery: LspChecker.available() ? 40 : 0,
    onFailure: f => findings.push(`#${f.index} ${f.seedName} ${f.steps.join('+')}: ${f.failures.join('; ').slice(0, 500)}`),
  });
  assert.deepEqual(findings, []);
  assert.equal(stats.inputs, 400);
  if (LspChecker.available()) assert.equal(stats.lspInputs, 10);
});

test('fuzz: 400 mutated swaggers run every swagger rule (certified profile) without a throw, a range outside the text or a fix that breaks the JSON', () => {
  const root = path.resolve(__dirname, '..', '..');
  const texts = ['examples/contoso-tickets/apiDefinition.swagger.json', 'examples/fabrikam-crm/apiDefinition.swagger.json',
    'test/fixtures/swagger/corpus/contoso__Widgets.apiDefinition.swagger.json', 'test/fixtures/cli/fixable/apiDefinition.swagger.json']
    .map(f => readFileSync(path.join(root, f), 'utf8'));
  const findings: string[] = [];
  const rng = new Random(14);
  for (let i = 0; i < 400; i++) {
    const { text, steps } = mutate(rng.pick(texts), rng, texts);
    const failures = swaggerRuleFailures('file:///fuzz/apiDefinition.swagger.json', text);
    if (failures.length) findings.push(`#${i} ${steps.join('+')}: ${failures.join('; ').slice(0, 300)}`);
  }
  assert.deepEqual(findings, []);
});

test('fuzz: every mutation changes a fixture and is reproducible from its seed', () => {
  const [seed] = loadSeeds({ corpus: false });
  for (const name of Object.keys(MUTATIONS)) {
    const a = MUTATIONS[name](seed.text, new Random(42), [seed.text]);
    const b = MUTATIONS[name](seed.text, new Random(42), [seed.text]);
    assert.equal(a, b, `${name} is deterministic`);
    assert.notEqual(a, seed.text, `${name} changes the text`);
  }
  assert.deepEqual(mutate(seed.text, new Random(1), [seed.text]), mutate(seed.text, new Random(1), [seed.text]));
});

test('fuzz: the smallest fixture cut at every position, a larger one at every 11th', async () => {
  const seeds = loadSeeds({ corpus: false });
  const findings: string[] = [];
  const record = (f: { seedName: string; steps: string[]; failures: string[] }) => findings.push(`${f.seedName} ${f.steps[0]}: ${f.failures.join('; ').slice(0, 300)}`);
  const minimal = seeds.find(s => s.name.startsWith('minimal'))!;
  const multi = seeds.find(s => s.name.startsWith('multi-auth'))!;
  const a = await sweepTruncations([minimal], 1, record);
  const b = await sweepTruncations([multi], 11, record);
  assert.deepEqual(findings, []);
  assert.equal(a.inputs, minimal.text.length + 1);
  assert.equal(b.inputs, Math.floor(multi.text.length / 11) + 1);
});
