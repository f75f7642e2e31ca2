// A fuzz run: `count` inputs, each one mutation chain of a seed document, checked through the engine and, for one
// input in `lspEvery`, through the language server process too. Reproducible: input i of seed s is always the same.
import { Checker } from './check';
import { LspChecker } from './lspCheck';
import { mutate } from './mutate';
import { inputSeed, Random } from './random';
import { SeedDocument } from './seeds';

export interface FuzzOptions {
  seed: number;
  count: number;
  seeds: SeedDocument[];
  /** Send every n-th input to the server process as well; 0 = engine only. */
  lspEvery?: number;
  /** How many slowest inputs to keep. */
  keepSlowest?: number;
  onProgress?: (done: number, stats: FuzzStats) => void;
  onFailure?: (finding: Finding) => void;
}

export interface Finding {
  index: number;
  seedName: string;
  steps: string[];
  failures: string[];
  text: string;
}

export interface SlowInput {
  index: number;
  seedName: string;
  steps: string[];
  chars: number;
  ms: number;
  slowestFeature: string;
}

export interface FuzzStats {
  inputs: number;
  lspInputs: number;
  failingInputs: number;
  /** Distinct failure messages (first line, numbers masked) with their counts. */
  kinds: Record<string, number>;
  slowest: SlowInput[];
  byStep: Record<string, number>;
  totalMs: number;
  lspRestarts: number;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzStats> {
  const checker = new Checker();
  const seedTexts = options.seeds.map(s => s.text);
  const stats: FuzzStats = { inputs: 0, lspInputs: 0, failingInputs: 0, kinds: {}, slowest: [], byStep: {}, totalMs: 0, lspRestarts: 0 };
  const keep = options.keepSlowest ?? 10;
  let lsp = options.lspEvery && LspChecker.available() ? await LspChecker.start() : undefined;
  const started = performance.now();
  try {
    for (let index = 0; index < options.count; index++) {
      const rng = new Random(inputSeed(options.seed, index));
      const seed = rng.pick(options.seeds);
      const mutant = mutate(seed.text, rng, seedTexts);
      const result = await checker.check(mutant.text, rng);
      const failures = [...result.failures];
      if (lsp && options.lspEvery && index % options.lspEvery === 0) {
        failures.push(...await lsp.check(mutant.text));
        stats.lspInputs++;
        const next = await lsp.restartIfDead();
        if (next !== lsp) stats.lspRestarts++;
        lsp = next;
      }
      stats.inputs++;
      for (const step of mutant.steps) stats.byStep[step] = (stats.byStep[step] ?? 0) + 1;
      if (failures.length) {
        stats.failingInputs++;
        for (const f of failures) {
          const kind = f.split('\n')[0].replace(/\d+/g, 'N').slice(0, 200);
          stats.kinds[kind] = (stats.kinds[kind] ?? 0) + 1;
        }
        options.onFailure?.({ index, seedName: seed.name, steps: mutant.steps, failures, text: mutant.text });
      }
      const slowestFeature = Object.entries(result.timings).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
      if (stats.slowest.length < keep || result.totalMs > stats.slowest[stats.slowest.length - 1].ms) {
        stats.slowest.push({ index, seedName: seed.name, steps: mutant.steps, chars: mutant.text.length, ms: Math.round(result.totalMs), slowestFeature });
        stats.slowest.sort((a, b) => b.ms - a.ms).splice(keep);
      }
      if (options.onProgress && (index + 1) % 1000 === 0) options.onProgress(index + 1, stats);
    }
  } finally {
    await lsp?.stop();
    stats.totalMs = Math.round(performance.now() - started);
  }
  return stats;
}

/** Rebuilds input `index` of run `seed` (for a regression test or a debugger). */
export function replay(seed: number, index: number, seeds: SeedDocument[]): { seedName: string; steps: string[]; text: string } {
  const rng = new Random(inputSeed(seed, index));
  const s = rng.pick(seeds);
  const m = mutate(s.text, rng, seeds.map(x => x.text));
  return { seedName: s.name, steps: m.steps, text: m.text };
}

/**
 * Every prefix of every seed (every `step`-th position): what the editor holds while the file is typed from the top.
 * Only the engine; the failures are reported as findings with index = the cut position.
 */
export async function sweepTruncations(seeds: SeedDocument[], step = 1, onFailure?: (f: Finding) => void): Promise<{ inputs: number; failingInputs: number }> {
  const checker = new Checker();
  let inputs = 0;
  let failingInputs = 0;
  for (const seed of seeds) {
    for (let cut = 0; cut <= seed.text.length; cut += step) {
      const text = seed.text.slice(0, cut);
      const result = await checker.check(text, new Random(cut));
      inputs++;
      if (result.failures.length) {
        failingInputs++;
        onFailure?.({ index: cut, seedName: seed.name, steps: [`truncate@${cut}`], failures: result.failures, text });
      }
    }
  }
  return { inputs, failingInputs };
}
