// Time from spawning the bundled server to the first published diagnostics for a real multi-auth file, over stdio
// (what an editor waits for after opening apiProperties.json). Prints the median of N cold starts.
//   npx tsx scripts/startup-time.ts [runs=7]
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LspTestClient } from '../test/support/lspClient';

(async () => {
  const runs = Number(process.argv[2] ?? 7);
  const text = readFileSync(path.join(__dirname, '..', 'examples', 'contoso-tickets', 'apiProperties.json'), 'utf8');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const client = await LspTestClient.start();
    const uri = `file:///startup/${i}/apiProperties.json`;
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1, 30000);
    times.push(performance.now() - t0);
    await client.stop();
  }
  times.sort((a, b) => a - b);
  console.log(`server start to first diagnostics: median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms (${runs} cold starts, bundled dist/server.js over stdio)`);
})();
