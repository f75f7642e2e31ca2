// The documents the fuzzer mutates: our own fixtures (always) and, when present, the connector corpus, read at run
// time and never copied into the repository.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const FIXTURES_DIR = path.resolve(__dirname, '..', 'fixtures', 'fuzz');

export interface SeedDocument {
  name: string;
  text: string;
  /** The paired swagger's text (corpus seeds), mutated now and then to fuzz the cross-file checks too. */
  swagger?: string;
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
  if (dir) {
    for (const seed of readDir(dir, /\.apiProperties\.json$/, options.corpusLimit)) {
      const swagger = path.join(dir, seed.name.replace(/\.apiProperties\.json$/, '.apiDefinition.swagger.json'));
      seeds.push(fs.existsSync(swagger) ? { ...seed, swagger: fs.readFileSync(swagger, 'utf8') } : seed);
    }
  }
  return seeds;
}
