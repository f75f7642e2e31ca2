// A short, fixed-seed fuzz run over our fixtures, through the engine and the server process: the long runs
// (`npm run fuzz -- --count 100000`) find new failures; this keeps the ones already fixed from coming back.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { runFuzz, sweepTruncations } from './run';
import { loadSeeds } from './seeds';
import { MUTATIONS, mutate } from './mutate';
import { Random } from './random';
import { LspChecker } from './lspCheck';

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
