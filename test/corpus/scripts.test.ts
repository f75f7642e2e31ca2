// The 64 real script.csx files of the corpus (shipped, so accepted by the platform): no error-level finding, with
// their connector's swagger operations and scriptOperations; per-rule counts printed for review.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkScript } from '../../server/src/engine/csharp/scriptChecks';
import { parseSwagger } from '../../server/src/engine/swagger/swaggerModel';

const REPO = path.resolve(__dirname, '..', '..');
const CORPUS = process.env.PP_CONNECTOR_CORPUS ?? path.resolve(REPO, '..', 'shared', 'corpus');

describe('script.csx on the corpus', () => {
  const present = existsSync(CORPUS);
  it('shipped scripts get no error-level finding', { skip: present ? false : `corpus folder not found at ${CORPUS} (set PP_CONNECTOR_CORPUS)` }, () => {
    const files = readdirSync(CORPUS).filter(f => f.endsWith('.script.csx')).sort();
    if (!files.length) return; // a corpus without scripts
    const counts = new Map<string, number>();
    const errors: string[] = [];
    for (const f of files) {
      const prefix = f.slice(0, -'.script.csx'.length);
      const read = (name: string) => { try { return readFileSync(path.join(CORPUS, `${prefix}.${name}`), 'utf8'); } catch { return undefined; } };
      const swaggerText = read('apiDefinition.swagger.json');
      const swagger = swaggerText !== undefined ? parseSwagger('file:///corpus/swagger.json', swaggerText) : undefined;
      let scriptOperations: string[] | undefined;
      try { const so = JSON.parse((read('apiProperties.json') ?? '').replace(/^\uFEFF/, '')).properties?.scriptOperations; if (Array.isArray(so) && so.length) scriptOperations = so; } catch { /* invalid apiProperties: no list */ }
      const doc = TextDocument.create(`file:///corpus/${encodeURIComponent(f)}`, 'csharp', 1, readFileSync(path.join(CORPUS, f), 'utf8'));
      const ds = checkScript(doc, { operationIds: swagger?.status === 'paired' ? new Set(swagger.operations.keys()) : undefined, scriptOperations });
      for (const d of ds) {
        counts.set(String(d.code), (counts.get(String(d.code)) ?? 0) + 1);
        if (d.severity === 1) errors.push(`${f}: ${d.code} ${d.message}`);
      }
    }
    console.log(`script.csx corpus: ${files.length} scripts; findings ${JSON.stringify(Object.fromEntries(counts))}`);
    assert.deepEqual(errors, []);
  });
});
