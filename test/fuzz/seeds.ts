// The documents the fuzzer mutates: our own fixtures (always) and, when present, the connector corpus, read at run
// time and never copied into the repository.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const FIXTURES_DIR = path.resolve(__dirname, '..', 'fixtures', 'fuzz');

export interface SeedDocument {
  name: string;
  text: string;
}

export function corpusDir(): string | undefined {
  const dir = process.env.PP_CONNECTOR_CORPUS ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
  return fs.existsSync(dir) ? dir : undefined;
}

function readDir(dir: string, pattern: RegExp, limit = Infinity): SeedDocument[] {
  return fs.readdirSync(dir).filter(n => pattern.test(n)).sort().slice(0, limit)
    .map(name => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

export function loadSeeds(options: { corpus?: boolean; corpusLimit?: number } = {}): SeedDocument[] {
  const seeds = readDir(FIXTURES_DIR, /\.json$/);
  const dir = options.corpus === false ? undefined : corpusDir();
  if (dir) seeds.push(...readDir(dir, /\.apiProperties\.json$/, options.corpusLimit));
  return seeds;
}
