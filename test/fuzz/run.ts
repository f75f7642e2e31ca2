// A fuzz run: `count` inputs, each one mutation chain of a seed document, checked through the engine and, for one
// input in `lspEvery`, through the language server process too. Reproducible: input i of seed s is always the same.
import { Checker } from './check';
import { LspChecker } from './lspCheck';
import { mutate } from './mutate';
import { inputSeed, Random } from './random';
import { SeedDocument } from './seeds';
import type { SwaggerContext } from '../../server/src/engine';
import { parseSwagger } from '../../server/src/engine/swagger/swaggerModel';
import { swaggerRuleFailures } from './swaggerCheck';

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
  /** The (possibly mutated) swagger text given with the input. */
  swaggerText?: string;
}

export const FUZZ_SWAGGER_URI = 'file:///fuzz/apiDefinition.swagger.json';

/**
 * Half the corpus inputs come with their paired swagger, itself mutated half the time. A separate generator keeps
 * the apiProperties mutant of a given seed and index the same with or without this step.
 */
export function swaggerFor(seed: SeedDocument, runSeed: number, index: number, seedTexts: readonly string[]): { context?: SwaggerContext; failures: string[]; steps: string[] } {
  if (!seed.swagger) return { failures: [], steps: [] };
  const rng = new Random(inputSeed(runSeed, index) ^ 0x5eed5eed);
  if (!rng.chance(0.5)) return { failures: [], steps: [] };
  const mutant = rng.chance(0.5) ? mutate(seed.swagger, rng, seedTexts) : { text: seed.swagger, steps: [] };
  try {
    // The swagger's own rules (the validator offline) run on every swagger given with an input.
    return { context: parseSwagger(FUZZ_SWAGGER_URI, mutant.text), failures: swaggerRuleFailures(FUZZ_SWAGGER_URI, mutant.text), steps: mutant.steps.map(s => 'swagger:' + s) };
  } catch (e) {
    return { failures: [`parseSwagger threw ${e instanceof Error ? e.message : String(e)}`], steps: mutant.steps.map(s => 'swagger:' + s) };
  }
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
  /** The member oracle's figures: quick fixes checked and those that edited outside their member, by input kind. */
  quickFixes: { withDuplicates: QuickFixFigures; withoutDuplicates: QuickFixFigures };
  /** Memory of the (last) server process at the end of the run, MB. */
  lspServerMemory?: { rss: number; peak: number };
}

export interface QuickFixFigures {
  /** Inputs with at least one quick fix checked. */
  inputs: number;
  checked: number;
  outside: number;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzStats> {
  const checker = new Checker();
  const seedTexts = options.seeds.map(s => s.text);
  const stats: FuzzStats = { inputs: 0, lspInputs: 0, failingInputs: 0, kinds: {}, slowest: [], byStep: {}, totalMs: 0, lspRestarts: 0,
    quickFixes: { withDuplicates: { inputs: 0, checked: 0, outside: 0 }, withoutDuplicates: { inputs: 0, checked: 0, outside: 0 } } };
  const keep = options.keepSlowest ?? 10;
  let lsp = options.lspEvery && LspChecker.available() ? await LspChecker.start() : undefined;
  const started = performance.now();
  try {
    for (let index = 0; index < options.count; index++) {
      const rng = new Random(inputSeed(options.seed, index));
      const seed = rng.pick(options.seeds);
      const mutant = mutate(seed.text, rng, seedTexts);
      const swagger = swaggerFor(seed, options.seed, index, seedTexts);
      const result = await checker.check(mutant.text, rng, swagger.context);
      const failures = [...swagger.failures, ...result.failures];
      if (lsp && options.lspEvery && index % options.lspEvery === 0) {
        failures.push(...await lsp.check(mutant.text));
        stats.lspInputs++;
        const next = await lsp.restartIfDead();
        if (next !== lsp) stats.lspRestarts++;
        lsp = next;
      }
      stats.inputs++;
      const figures = result.quickFixes.duplicates ? stats.quickFixes.withDuplicates : stats.quickFixes.withoutDuplicates;
      if (result.quickFixes.checked) figures.inputs++;
      figures.checked += result.quickFixes.checked;
      figures.outside += result.quickFixes.outside;
      const steps = [...mutant.steps, ...swagger.steps, ...(swagger.context ? ['with-swagger'] : [])];
      for (const step of steps) stats.byStep[step] = (stats.byStep[step] ?? 0) + 1;
      if (failures.length) {
        stats.failingInputs++;
        for (const f of failures) {
          const kind = f.split('\n')[0].replace(/\d+/g, 'N').slice(0, 200);
          stats.kinds[kind] = (stats.kinds[kind] ?? 0) + 1;
        }
        options.onFailure?.({ index, seedName: seed.name, steps, failures, text: mutant.text, swaggerText: swagger.context?.text });
      }
      const slowestFeature = Object.entries(result.timings).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
      if (stats.slowest.length < keep || result.totalMs > stats.slowest[stats.slowest.length - 1].ms) {
        stats.slowest.push({ index, seedName: seed.name, steps, chars: mutant.text.length, ms: Math.round(result.totalMs), slowestFeature });
        stats.slowest.sort((a, b) => b.ms - a.ms).splice(keep);
      }
      if (options.onProgress && (index + 1) % 1000 === 0) options.onProgress(index + 1, stats);
    }
  } finally {
    stats.lspServerMemory = lsp?.memory();
    await lsp?.stop();
    stats.totalMs = Math.round(performance.now() - started);
  }
  return stats;
}

/** Rebuilds input `index` of run `seed` (for a regression test or a debugger), with its swagger when it had one. */
export function replay(seed: number, index: number, seeds: SeedDocument[]): { seedName: string; steps: string[]; text: string; swagger?: SwaggerContext } {
  const rng = new Random(inputSeed(seed, index));
  const s = rng.pick(seeds);
  const texts = seeds.map(x => x.text);
  const m = mutate(s.text, rng, texts);
  const swagger = swaggerFor(s, seed, index, texts);
  return { seedName: s.name, steps: [...m.steps, ...swagger.steps], text: m.text, swagger: swagger.context };
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
