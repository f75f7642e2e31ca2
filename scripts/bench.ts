// `npm run bench`: how long checking costs, against what VS Code does today for the same files.
//   (a) JSON.parse of every file;
//   (b) vscode-json-languageservice parse + validate with the OFFICIAL paconn schema (VS Code's built-in JSON support);
//   (c) our full analysis: parse, our schema, every rule, with the paired swagger (parsed once beforehand, as the
//       editor's swagger cache and the CLI's lookup hold it; its one-off cost is reported separately as (d)).
// Corpus: ../shared/corpus or PP_CONNECTOR_CORPUS. Then a generated apiProperties.json at 1, 2.5 and 5 MB, to show
// that time grows linearly with size. Then the sections in scripts/bench/: the whole-corpus CLI run, breaking-change
// comparison, script.csx checks, our swagger analysis against Spectral. Not a test: figures vary with the machine;
// the README quotes one run. `npm run bench -- --only <section>[,<section>]` runs some sections: apiproperties,
// cli, server, breaking, scripts, spectral, unknown-ids.
// Method: texts are read first (no I/O in the timings); one warm-up pass; then ROUNDS rounds in which the three
// measurements of each file run back to back in a rotating order, so drift and GC hit all three alike; per file the
// median over rounds is kept.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { parse as parseJsonc } from 'jsonc-parser';
import { getLanguageService, TextDocument as JsonTextDocument } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConnectorService } from '../server/src/engine/service';
import { LIMITS } from '../server/src/engine/limits';
import { RULES } from '../server/src/engine/rules/registry';
import type { SwaggerContext } from '../server/src/engine/swagger/types';
import { createSwaggerLookup } from '../server/src/cli/swagger';
import { tuneLanguageServer } from '../server/src/node/v8Tuning';
import { parseSwagger } from '../server/src/engine/swagger/swaggerModel';
import { breakingSection } from './bench/breaking';
import { runNodeChild } from './bench/measure';
import { cliSection } from './bench/cliRun';
import { scriptsSection } from './bench/scripts';
import { serverSection } from './bench/server';
import { spectralSection, swaggerChild } from './bench/spectral';

// Bundled into a temporary folder by bench.mjs, which passes the repository root; under tsx, __dirname works.
const ROOT = process.env.PP_REPO_ROOT ?? path.resolve(__dirname, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const corpusDir = process.env.PP_CONNECTOR_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
const officialSchemaPath = path.resolve(ROOT, '../shared/spec/schemas/paconn-apiProperties.schema.json');

interface Item { file: string; text: string; swagger?: SwaggerContext }

const now = () => Number(process.hrtime.bigint()) / 1e6;
/**
 * CPU time of this process in ms. Used for whole passes and the large files: on a shared machine the wall clock of a
 * long stretch counts the time other processes held the CPU; per-file medians (wall clock) are immune to that anyway.
 */
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

const SECTIONS = ['apiproperties', 'cli', 'server', 'breaking', 'scripts', 'spectral', 'unknown-ids'] as const;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  // A process the spectral section compares (it runs this bundle again).
  if (args[0] === '--child-swaggers') return swaggerChild(args[1]);
  if (args[0] === '--child-wholepass') return wholePassChild(args[1] === 'b' ? 'b' : 'c');
  // `--unknown-ids` (older spelling of `--only unknown-ids`): only the "did you mean" section (it needs no corpus).
  const only = args.includes('--unknown-ids') ? ['unknown-ids'] : args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '').split(',') : [...SECTIONS];
  const unknown = only.filter(s => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
  console.log(`Node ${process.version}; load average ${os.loadavg().map(l => l.toFixed(2)).join(' ')} on ${os.cpus().length} CPUs.`);
  if (only.includes('apiproperties')) await apiProperties();
  if (only.includes('cli')) cliSection();
  if (only.includes('server')) await serverSection();
  if (only.includes('breaking')) breakingSection();
  if (only.includes('scripts')) scriptsSection();
  if (only.includes('spectral')) spectralSection(__filename);
  if (only.includes('unknown-ids')) await unknownIds();
  console.log(`
Load average at the end: ${os.loadavg().map(l => l.toFixed(2)).join(' ')}.`);
}

type Side = 'a' | 'b' | 's' | 'c';

interface Sides {
  items: Item[];
  measures: Record<Side, (item: Item) => Promise<void> | void>;
  builtin: ReturnType<typeof getLanguageService>;
  ours: ConnectorService;
  /** Swaggers paired, and the CPU time their reading and parsing took (when asked for). */
  paired: number;
  swaggerMs: number;
}

/** The corpus texts and the four measurements; `swaggers`: each file's paired swagger looked up and parsed first. */
async function prepareSides(swaggers: boolean): Promise<Sides> {
  const files = fs.readdirSync(corpusDir).filter(n => /apiProperties\.json$/i.test(n)).sort().map(n => path.join(corpusDir, n));
  const items: Item[] = files.map(file => ({ file, text: fs.readFileSync(file, 'utf8') }));

  // (b) setup: the official schema (it carries a comment, so it is read as JSONC).
  let official: unknown;
  if (fs.existsSync(officialSchemaPath)) official = parseJsonc(fs.readFileSync(officialSchemaPath, 'utf8'));
  else console.log(`Official schema missing at ${officialSchemaPath}: (b) runs without a schema (syntax only).`);
  const builtin = getLanguageService({ schemaRequestService: async () => { throw new Error('offline'); } });
  if (official) builtin.configure({ validate: true, allowComments: false, schemas: [{ uri: 'bench://paconn-apiProperties.schema.json', fileMatch: ['*'], schema: official as object }] });

  // (c) setup: our service; (d) the swagger of each file, through the CLI's own lookup.
  const ours = new ConnectorService();
  let swaggerMs = 0;
  let paired = 0;
  if (swaggers) {
    const lookup = createSwaggerLookup();
    swaggerMs = cpu();
    for (const item of items) {
      item.swagger = (await lookup(item.file)).context;
      if (item.swagger && (item.swagger.status === undefined || item.swagger.status === 'paired')) paired++;
    }
    swaggerMs = cpu() - swaggerMs;
  }

  let version = 0;
  // (s): our parse + our schema with every rule off, to split (c) into schema and rules.
  const schemaOnly = { validate: true, rules: Object.fromEntries(RULES.map(r => [r.id, 'off' as const])), profile: 'auto' as const };
  const measures: Sides['measures'] = {
    a: item => { try { JSON.parse(item.text); } catch { /* invalid files cost their parse attempt too */ } },
    b: async item => {
      const doc = JsonTextDocument.create(pathToFileURL(item.file).href, 'json', ++version, item.text);
      await builtin.doValidation(doc, builtin.parseJSONDocument(doc), { comments: 'error', trailingCommas: 'error' });
    },
    s: async item => {
      const uri = pathToFileURL(item.file).href;
      const doc = TextDocument.create(uri, 'apiproperties', ++version, item.text);
      await ours.validate(doc, { path: item.file, settings: schemaOnly });
      ours.forget(uri);
    },
    c: async item => {
      const uri = pathToFileURL(item.file).href;
      const doc = TextDocument.create(uri, 'apiproperties', ++version, item.text);
      await ours.validate(doc, { path: item.file, swagger: item.swagger });
      ours.forget(uri);
    },
  };
  return { items, measures, builtin, ours, paired, swaggerMs };
}

/**
 * A process of its own for one side's whole passes (`bench.js --child-wholepass b|c`), set up as that side ships:
 * (c) as our language server sets itself up at start (tuneLanguageServer), (b) with Node's defaults, as VS Code's JSON
 * language server runs. Prints the median CPU time of its passes.
 */
async function wholePassChild(side: 'b' | 'c'): Promise<void> {
  if (side === 'c') tuneLanguageServer();
  const { items, measures } = await prepareSides(side === 'c');
  for (const item of items) await measures[side](item); // warm-up
  console.log(JSON.stringify({ ms: await wholePass(items, measures[side]) }));
}

async function apiProperties(): Promise<void> {
  if (!fs.existsSync(corpusDir)) {
    console.log(`Corpus not found at ${corpusDir} (set PP_CONNECTOR_CORPUS); nothing to measure.`);
    return;
  }
  const { items, measures, builtin, ours, paired, swaggerMs } = await prepareSides(true);
  const bytes = items.reduce((s, i) => s + Buffer.byteLength(i.text), 0);
  const keys = ['a', 'b', 's', 'c'] as const;
  for (const item of items) for (const k of keys) await measures[k](item); // warm-up

  const perFile: Record<string, number[][]> = Object.fromEntries(keys.map(k => [k, items.map(() => [] as number[])]));
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < items.length; i++) {
      for (let j = 0; j < keys.length; j++) {
        const k = keys[(i + round + j) % keys.length];
        const t = now();
        await measures[k](items[i]);
        perFile[k][i].push(now() - t);
      }
    }
  }
  const stats = (k: string) => {
    const medians = perFile[k].map(median);
    const sorted = [...medians].sort((x, y) => x - y);
    return { total: medians.reduce((s, x) => s + x, 0), p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
  };
  const a = stats('a'), b = stats('b'), sc = stats('s'), c = stats('c');

  console.log(`Corpus: ${items.length} apiProperties.json files (${(bytes / 1024 / 1024).toFixed(2)} MB), ${paired} with a paired swagger; `
    + `Node ${process.version}, ${ROUNDS} rounds after a warm-up, per-file median of the rounds.\n`);
  console.log('| measurement | total ms | p50 ms/file | p95 ms/file | max ms/file |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(`| (a) JSON.parse | ${fmt(a.total)} | ${fmt(a.p50)} | ${fmt(a.p95)} | ${fmt(a.max)} |`);
  console.log(`| (b) vscode-json-languageservice + official schema | ${fmt(b.total)} | ${fmt(b.p50)} | ${fmt(b.p95)} | ${fmt(b.max)} |`);
  console.log(`| (s) pp-connector parse + its schema only (rules off) | ${fmt(sc.total)} | ${fmt(sc.p50)} | ${fmt(sc.p95)} | ${fmt(sc.max)} |`);
  console.log(`| (c) pp-connector: parse, schema, all rules, swagger checks | ${fmt(c.total)} | ${fmt(c.p50)} | ${fmt(c.p95)} | ${fmt(c.max)} |`);
  console.log(`\nRatio c/b = ${(c.total / b.total).toFixed(2)} (target <= 1.0); s/b = ${(sc.total / b.total).toFixed(2)}; rules and swagger checks = ${fmt(c.total - sc.total)} ms.`);
  const wholeB = await wholePass(items, measures.b), wholeC = await wholePass(items, measures.c);
  console.log(`Whole sequential passes over the corpus (CPU time, GC included, median of 3), both in this process with Node's defaults: (b) ${fmt(wholeB)} ms, (c) ${fmt(wholeC)} ms, c/b = ${(wholeC / wholeB).toFixed(2)}.`);
  const shipped = wholePassesAsShipped();
  console.log(`The same, each side in a process of its own with the V8 settings it ships with ((c) as our language server sets itself up, (b) Node's defaults), `
    + `median of ${WHOLE_PASS_PROCESSES} processes each, interleaved: (b) ${fmt(shipped.b)} ms, (c) ${fmt(shipped.c)} ms, c/b = ${(shipped.c / shipped.b).toFixed(2)} (target <= 1.0).`);
  console.log(`(d) reading + parsing the ${paired} swaggers once (CPU time): ${fmt(swaggerMs)} ms.\n`);

  await scaling(builtin, ours);
}

const WHOLE_PASS_PROCESSES = 3;

/** The whole passes of (b) and (c), each in processes of its own (wholePassChild), interleaved. */
function wholePassesAsShipped(): { b: number; c: number } {
  const runs = { b: [] as number[], c: [] as number[] };
  for (let i = 0; i < WHOLE_PASS_PROCESSES; i++) {
    for (const side of ['b', 'c'] as const) {
      const r = runNodeChild(['--expose-gc', __filename, '--child-wholepass', side]);
      if (r.status !== 0) throw new Error(`whole-pass child (${side}) failed: ${r.stderr.slice(0, 500)}`);
      runs[side].push((JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number }).ms);
    }
  }
  return { b: median(runs.b), c: median(runs.c) };
}

/**
 * CPU time of one sequential pass, the way the CLI runs (per-file medians above leave GC pauses out). Each pass
 * starts after a forced full collection: with nothing of the previous pass alive, V8 drops the compiled code that
 * referred to it ("weak objects" deoptimisations), so each pass also pays for compiling the hot code again, as a
 * process meeting its first documents does.
 */
async function wholePass(items: Item[], run: (item: Item) => Promise<void> | void): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < 3; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t = cpu();
    for (const item of items) await run(item);
    times.push(cpu() - t);
  }
  return median(times);
}

/**
 * A connector with many auth sets and policies, grown to about `targetBytes`. Like real multi-auth files, every set
 * declares the same parameter names, and the policies use one of them.
 */
export function generateLarge(targetBytes: number): string {
  const sets: unknown[] = [];
  const policies: unknown[] = [];
  const shape = () => JSON.stringify({ properties: { connectionParameterSets: { uiDefinition: { displayName: 'Authentication type', description: 'Pick one' }, values: sets }, iconBrandColor: '#0f6cbd', capabilities: [], policyTemplateInstances: policies, publisher: 'Bench', stackOwner: 'Bench' } }, null, 2);
  let n = 0;
  // Grow in steps and measure the real size, so the three files differ only in how many sets and policies they have.
  for (let size = 0; size < targetBytes; n++) {
    sets.push({
      name: `set-${n}`,
      uiDefinition: { displayName: `Key ${n}`, description: `API key number ${n}` },
      parameters: {
        api_key: { type: 'securestring', uiDefinition: { displayName: 'API key', description: 'Your key', tooltip: 'Profile > Keys', constraints: { tabIndex: 2, clearText: false, required: 'true' } } },
        region: { type: 'string', uiDefinition: { displayName: 'Region', schema: { description: 'Region code' }, constraints: { required: 'false', tabIndex: 3 } } },
      },
    });
    policies.push({
      templateId: 'setheader', title: `Header ${n}`,
      parameters: {
        'x-ms-apimTemplateParameter.name': `X-Bench-${n}`,
        'x-ms-apimTemplateParameter.value': "@connectionParameters('region')",
        'x-ms-apimTemplateParameter.existsAction': 'override',
        'x-ms-apimTemplate-policySection': 'Request',
      },
    });
    if (n % 50 === 0) size = shape().length;
  }
  return shape();
}

async function scaling(builtin: ReturnType<typeof getLanguageService>, ours: ConnectorService): Promise<void> {
  // The editor's size guard would drop schema and rules above 2 MB; lift it here to time the full analysis.
  const guard = LIMITS.fullAnalysisChars;
  LIMITS.fullAnalysisChars = Number.POSITIVE_INFINITY;
  const sizes = [1, 2.5, 5];
  const texts = sizes.map(mb => generateLarge(mb * 1024 * 1024));
  const times = texts.map(() => ({ b: [] as number[], c: [] as number[] }));
  let version = 1_000_000;
  const runB = async (text: string) => {
    const doc = JsonTextDocument.create('bench://large/apiProperties.json', 'json', ++version, text);
    await builtin.doValidation(doc, builtin.parseJSONDocument(doc), { comments: 'error', trailingCommas: 'error' });
  };
  let findings = 0;
  const runC = async (text: string) => {
    const doc = TextDocument.create('file:///bench/large/apiProperties.json', 'apiproperties', ++version, text);
    findings = (await ours.validate(doc, { path: '/bench/large/apiProperties.json' })).length;
    ours.forget(doc.uri);
  };
  for (const t of texts) { await runB(t); await runC(t); } // warm-up
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < texts.length; i++) {
      for (const k of (round + i) % 2 ? ['b', 'c'] as const : ['c', 'b'] as const) {
        const t0 = now();
        await (k === 'b' ? runB : runC)(texts[i]);
        times[i][k].push(now() - t0);
      }
    }
  }
  LIMITS.fullAnalysisChars = guard;
  // Wall clock, minimum of 5 interleaved runs (what a quiet machine gives). No forced GC between runs: that was tried,
  // and regrowing the heap after it adds a fixed cost to every run, which hides the slope.
  console.log('Generated apiProperties.json (many auth sets and policies), wall clock, best of 5 interleaved runs; size guard lifted for (c):\n');
  console.log('| size | sets + policies | (b) ms | (c) ms | (c) ms per MB | c/b |');
  console.log('|---|---:|---:|---:|---:|---:|');
  texts.forEach((t, i) => {
    const mb = Buffer.byteLength(t) / 1024 / 1024;
    const count = (JSON.parse(t).properties.connectionParameterSets.values.length as number);
    const b = Math.min(...times[i].b), c = Math.min(...times[i].c);
    console.log(`| ${mb.toFixed(2)} MB | ${count} + ${count} | ${fmt(b)} | ${fmt(c)} | ${fmt(c / mb)} | ${(c / b).toFixed(2)} |`);
  });
  console.log(`\n${findings} finding(s) on the largest file.`);
}

/** A swagger with `count` operations whose ids look like real ones (verb, noun, qualifier), all distinct. */
export function generateSwagger(count: number): { text: string; ids: string[] } {
  const verbs = ['Get', 'List', 'Create', 'Update', 'Delete', 'Search', 'Export', 'Import', 'Sync', 'Archive'];
  const nouns = ['Contact', 'Account', 'Invoice', 'Order', 'Ticket', 'Project', 'Task', 'Document', 'Folder', 'Member', 'Webhook', 'Report'];
  const ids: string[] = [];
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    const id = `${verbs[i % verbs.length]}${nouns[Math.floor(i / verbs.length) % nouns.length]}${i >= verbs.length * nouns.length ? `V${Math.floor(i / (verbs.length * nouns.length))}` : ''}`;
    ids.push(id);
    paths[`/items${i}`] = { get: { operationId: id, summary: `Operation ${i}`, responses: { 200: { description: 'OK' } } } };
  }
  return { text: JSON.stringify({ swagger: '2.0', info: { title: 'Bench', version: '1.0' }, host: 'example.com', paths }), ids };
}

/** A connector whose policies apply to `ids` (one policy per 10 ids), plus the same ids as scriptOperations. */
export function connectorWithOperations(ids: string[]): string {
  const policies: unknown[] = [];
  for (let i = 0; i < ids.length; i += 10) {
    policies.push({
      templateId: 'setheader', title: `Header ${i}`,
      parameters: {
        'x-ms-apimTemplateParameter.name': `X-Bench-${i}`, 'x-ms-apimTemplateParameter.value': 'v',
        'x-ms-apimTemplateParameter.existsAction': 'override', 'x-ms-apimTemplate-policySection': 'Request',
        'x-ms-apimTemplate-operationName': ids.slice(i, i + 10),
      },
    });
  }
  return JSON.stringify({ properties: { iconBrandColor: '#0f6cbd', capabilities: [], publisher: 'Bench', stackOwner: 'Bench', policyTemplateInstances: policies, scriptOperations: ids } }, null, 2);
}

/**
 * "Did you mean" for unknown operation ids: validation of a connector naming UNKNOWN ids (half are one-letter typos of
 * real ids, half match nothing) against the same connector naming as many real ids, for swaggers of 1,000 and 10,000
 * operations. The unknown ids cost their suggestion search; the goal is at most 2x the known ids.
 */
async function unknownIds(): Promise<void> {
  const UNKNOWN = 200;
  const ours = new ConnectorService();
  console.log(`\n"Did you mean" over operation ids: ${UNKNOWN} ids in policies and again in scriptOperations (${2 * UNKNOWN} findings when unknown); CPU time, median of 15 interleaved runs (this section is short, and on a busy machine the best wall clock of a few runs is mostly noise):\n`);
  console.log('| operations | known ids ms | unknown ids ms | ratio | first unknown run ms | suggestions |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  let version = 2_000_000;
  for (const count of [1000, 10000]) {
    const { text, ids } = generateSwagger(count);
    const swagger = parseSwagger('file:///bench/ops/apiDefinition.swagger.json', text);
    const step = Math.floor(count / UNKNOWN);
    const known = Array.from({ length: UNKNOWN }, (_, i) => ids[i * step]);
    // A typo: one letter in the middle of a real id changed; the other half: names from no swagger at all.
    const unknown = known.map((id, i) => i % 2 ? `${id.slice(0, id.length >> 1)}x${id.slice((id.length >> 1) + 1)}` : `frobnicateWidget${i}Quux`);
    const texts = { known: connectorWithOperations(known), unknown: connectorWithOperations(unknown) };
    const times = { known: [] as number[], unknown: [] as number[] };
    let suggestions = 0;
    const run = async (k: 'known' | 'unknown') => {
      const doc = TextDocument.create('file:///bench/ops/apiProperties.json', 'apiproperties', ++version, texts[k]);
      const t0 = cpu();
      const found = await ours.validate(doc, { path: '/bench/ops/apiProperties.json', swagger });
      times[k].push(cpu() - t0);
      if (k === 'unknown') suggestions = found.filter(d => /Did you mean/.test(typeof d.message === 'string' ? d.message : d.message.value)).length;
      ours.forget(doc.uri);
    };
    // Warm-up; the first unknown run also pays for indexing the swagger's ids, once per parsed swagger.
    await run('known'); await run('unknown');
    const first = times.unknown[0];
    times.known.length = times.unknown.length = 0;
    for (let round = 0; round < 15; round++) for (const k of round % 2 ? ['known', 'unknown'] as const : ['unknown', 'known'] as const) await run(k);
    const k = median(times.known), u = median(times.unknown);
    console.log(`| ${count.toLocaleString('en-US')} | ${fmt(k)} | ${fmt(u)} | ${(u / k).toFixed(2)} | ${fmt(first)} | ${suggestions} of ${2 * UNKNOWN} |`);
  }
}

if (require.main === module) main().catch(e => { console.error(e); process.exit(1); });
