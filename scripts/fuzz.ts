// `npm run fuzz -- --seed 1 --count 100000 [--lsp-every 100] [--no-corpus] [--out .tmp/fuzz] [--sweep <step>]`
// --sweep N: first cut every seed document at every N-th position (every position with 1) and check each prefix.
// Mutates the fuzz fixtures (and the connector corpus when present) and checks every input through the engine and,
// for every n-th input, through dist/server.js. Failing inputs are written to <out>/failures/ with the failure
// messages; the summary (figures, slowest inputs, failure kinds) to <out>/summary.json. Exit code 1 on a failure.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runFuzz, sweepTruncations } from '../test/fuzz/run';
import { corpusDir, loadSeeds } from '../test/fuzz/seeds';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

async function main(): Promise<void> {
  const seed = Number(arg('seed', '1'));
  const count = Number(arg('count', '1000'));
  const lspEvery = Number(arg('lsp-every', '100'));
  const out = path.resolve(arg('out', '.tmp/fuzz'));
  const seeds = loadSeeds({ corpus: !process.argv.includes('--no-corpus') });
  fs.mkdirSync(path.join(out, 'failures'), { recursive: true });
  console.log(`fuzz: seed ${seed}, ${count} inputs, ${seeds.length} seed documents (corpus: ${corpusDir() ?? 'absent'}), LSP every ${lspEvery || 'never'}`);
  let saved = 0;
  const sweepStep = Number(arg('sweep', '0'));
  if (sweepStep > 0) {
    const sweep = await sweepTruncations(seeds, sweepStep, f => console.log(`FAIL ${f.seedName} ${f.steps[0]}: ${f.failures[0]}`));
    console.log(`sweep: ${sweep.inputs} prefixes (every ${sweepStep === 1 ? '' : sweepStep + 'th '}position of ${seeds.length} documents), ${sweep.failingInputs} failing`);
    fs.writeFileSync(path.join(out, 'sweep.json'), JSON.stringify({ step: sweepStep, ...sweep }, null, 2));
    if (sweep.failingInputs) process.exitCode = 1;
  }
  const stats = await runFuzz({
    seed, count, seeds, lspEvery, keepSlowest: 15,
    onFailure: f => {
      console.log(`FAIL #${f.index} (${f.seedName}; ${f.steps.join(' + ')}): ${f.failures[0]}`);
      if (saved++ < 200) {
        const base = path.join(out, 'failures', `seed${seed}-${f.index}`);
        fs.writeFileSync(base + '.json.txt', f.text);
        if (f.swaggerText !== undefined) fs.writeFileSync(base + '.swagger.txt', f.swaggerText);
        fs.writeFileSync(base + '.failures.json', JSON.stringify({ ...f, text: undefined, swaggerText: undefined }, null, 2));
      }
    },
    onProgress: (done, s) => {
      console.log(`${done}/${count} inputs, ${s.failingInputs} failing, ${s.lspInputs} via LSP, ${Math.round(performance.now() / 1000)} s`);
      fs.writeFileSync(path.join(out, 'summary.json'), JSON.stringify({ seed, count, done, ...s }, null, 2));
    },
  });
  fs.writeFileSync(path.join(out, 'summary.json'), JSON.stringify({ seed, count, done: stats.inputs, seedDocuments: seeds.length, ...stats }, null, 2));
  console.log(`fuzz: ${stats.inputs} inputs (${stats.lspInputs} also through the server), ${stats.failingInputs} failing, ${(stats.totalMs / 1000).toFixed(1)} s`);
  for (const [label, f] of [['with duplicate keys', stats.quickFixes.withDuplicates], ['without duplicate keys', stats.quickFixes.withoutDuplicates]] as const) {
    const share = f.checked ? (100 * f.outside / f.checked).toFixed(2) : '0';
    console.log(`quick fixes ${label}: ${f.checked} checked in ${f.inputs} inputs, ${f.outside} outside their member (${share}%)`);
  }
  for (const [kind, n] of Object.entries(stats.kinds)) console.log(`  ${n} x ${kind}`);
  if (stats.lspServerMemory) console.log(`server process at the end: RSS ${stats.lspServerMemory.rss} MB, peak ${stats.lspServerMemory.peak} MB`);
  console.log('slowest inputs:');
  for (const s of stats.slowest.slice(0, 10)) console.log(`  #${s.index} ${s.ms} ms (${s.slowestFeature}), ${s.chars} chars, ${s.seedName}: ${s.steps.join(' + ')}`);
  if (stats.failingInputs) process.exitCode = 1;
}

main().catch(e => { console.error(e); process.exitCode = 2; });
