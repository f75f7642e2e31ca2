// Custom code (issue 16): checking every corpus script.csx (tokenize, script model, every check, against its
// connector's swagger operationIds and scriptOperations), and re-checking the largest after a one-character edit,
// as the editor does on a keystroke (engine level: the whole file is tokenized again).
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkScript, ScriptContext } from '../../server/src/engine/csharp/scriptChecks';
import { parseSwagger } from '../../server/src/engine/swagger/swaggerModel';
import { corpusFiles, cpu, fmt, largest, median, now, percentile } from './measure';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const EDITS = Number(process.env.BENCH_SCRIPT_EDITS ?? 60);

/** The connector facts a script is checked against, from the corpus files of the same prefix (read beforehand). */
function contextOf(script: string): ScriptContext {
  const prefix = script.slice(0, -'script.csx'.length);
  const read = (name: string) => { try { return fs.readFileSync(prefix + name, 'utf8'); } catch { return undefined; } };
  const swaggerText = read('apiDefinition.swagger.json');
  const swagger = swaggerText === undefined ? undefined : parseSwagger('file:///bench/apiDefinition.swagger.json', swaggerText);
  let scriptOperations: string[] | undefined;
  try {
    const so = JSON.parse((read('apiProperties.json') ?? '').replace(/^\uFEFF/, '')).properties?.scriptOperations;
    if (Array.isArray(so) && so.length) scriptOperations = so;
  } catch { /* no list */ }
  return { operationIds: swagger?.status === 'paired' ? new Set(swagger.operations.keys()) : undefined, scriptOperations };
}

export function scriptsSection(): void {
  const files = corpusFiles(/\.script\.csx$/i, 'script.csx checks');
  if (!files) return;
  const items = files.map(file => ({ file, text: fs.readFileSync(file, 'utf8'), context: contextOf(file) }));
  let version = 0;
  const check = (text: string, context: ScriptContext) =>
    checkScript(TextDocument.create('file:///bench/script.csx', 'csharp', ++version, text), context).length;

  // All scripts, one pass per round (CPU time, so other processes on the machine do not count).
  let findings = 0;
  const pass = () => { findings = 0; const t = cpu(); for (const i of items) findings += check(i.text, i.context); return cpu() - t; };
  pass();
  const passes = Array.from({ length: ROUNDS }, pass);
  const bytes = items.reduce((n, i) => n + Buffer.byteLength(i.text), 0);

  // One character typed in the middle of the largest script (alternately two different edits: nothing is cached).
  const big = items.find(i => i.file === largest(files))!;
  const middle = big.text.indexOf('\n', big.text.length >> 1) + 1;
  const edited = ['/', ' '].map(ch => big.text.slice(0, middle) + ch + big.text.slice(middle));
  const times = { cpu: [] as number[], wall: [] as number[] };
  for (let i = 0; i < 5; i++) check(edited[i % 2], big.context);
  for (let i = 0; i < EDITS; i++) {
    const c = cpu(), w = now();
    check(edited[i % 2], big.context);
    times.cpu.push(cpu() - c);
    times.wall.push(now() - w);
  }
  const c = [...times.cpu].sort((a, b) => a - b), w = [...times.wall].sort((a, b) => a - b);
  console.log(`\nscript.csx: ${items.length} corpus scripts (${(bytes / 1024).toFixed(0)} KB, ${findings} findings), each checked against its connector's swagger operations `
    + `and scriptOperations; CPU time:\n`);
  console.log('| measurement | median ms | p95 ms | wall median ms | wall p95 ms |');
  console.log('|---|---:|---:|---:|---:|');
  const p = [...passes].sort((a, b) => a - b);
  console.log(`| all ${items.length} scripts, one pass (${ROUNDS} passes) | ${fmt(median(p))} | ${fmt(percentile(p, 95))} | | |`);
  console.log(`| ${path.basename(big.file)} (${(Buffer.byteLength(big.text) / 1024).toFixed(0)} KB) re-checked after a one-character edit (${EDITS} runs) | ${fmt(median(c))} | ${fmt(percentile(c, 95))} | ${fmt(median(w))} | ${fmt(percentile(w, 95))} |`);
  console.log('\nGoal: the edit re-checked in under 50 ms.');
}
