// Breaking-change calibration on real swaggers (consecutive published versions are not in ../shared, so the pairs are
// built here): every corpus swagger compared with itself gives nothing, and each category's edit applied to a real
// file is found, once, with the ValuePath the pipeline would print and a range inside the new text.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { compareTexts } from '../../server/src/engine/breaking';

const REPO = path.resolve(__dirname, '..', '..');
const CORPUS = process.env.PP_CONNECTOR_CORPUS ?? path.resolve(REPO, '..', 'shared', 'corpus');

type Json = Record<string, any>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** The first operation with an operationId, with the parsed document it belongs to. */
function operationsOf(doc: Json): { path: string; method: string; op: Json }[] {
  const out: { path: string; method: string; op: Json }[] = [];
  for (const [p, item] of Object.entries<Json>(doc.paths ?? {})) {
    if (!item || typeof item !== 'object') continue;
    for (const [m, op] of Object.entries<Json>(item)) if (METHODS.includes(m) && op && typeof op.operationId === 'string') out.push({ path: p, method: m, op });
  }
  return out;
}

describe('breaking changes on the corpus', () => {
  const present = existsSync(CORPUS);
  it('real swaggers compared with themselves give nothing; a deleted operation, a new required parameter and a retyped inline output field are each found once', { skip: present ? false : `corpus folder not found at ${CORPUS} (set PP_CONNECTOR_CORPUS)` }, () => {
    const files = readdirSync(CORPUS).filter(f => f.endsWith('.swagger.json')).sort();
    assert.ok(files.length > 0);
    const problems: string[] = [];
    let deleted = 0, required = 0, retyped = 0;
    for (const file of files) {
      const text = readFileSync(path.join(CORPUS, file), 'utf8');
      const self = compareTexts('swagger', text, text);
      if (self.problem) continue; // not JSON: nothing to compare, which the swagger checks report elsewhere
      if (self.findings.length) problems.push(`${file}: compared with itself: ${self.findings.map(f => f.valuePath).join(', ')}`);
      const doc: Json = JSON.parse(text.replace(/^\uFEFF/, ''));
      const ops = operationsOf(doc);
      const ids = ops.map(o => o.op.operationId);
      const unique = ops.filter(o => ids.indexOf(o.op.operationId) === ids.lastIndexOf(o.op.operationId));
      const first = unique[0];
      if (!first) continue;

      const withoutOp = JSON.parse(JSON.stringify(doc));
      delete withoutOp.paths[first.path][first.method];
      const del = compareTexts('swagger', text, JSON.stringify(withoutOp, null, 2)).findings;
      if (del.length !== 1 || del[0].ruleId !== 'breaking-operation-deleted' || del[0].valuePath !== `operation/${first.op.operationId}`) problems.push(`${file}: delete: ${JSON.stringify(del.map(f => f.valuePath))}`);
      else deleted++;

      const withParam = JSON.parse(JSON.stringify(doc));
      const target = withParam.paths[first.path][first.method];
      target.parameters = [...(Array.isArray(target.parameters) ? target.parameters : []), { name: 'zzNewRequired', in: 'query', type: 'string', required: true }];
      const req = compareTexts('swagger', text, JSON.stringify(withParam, null, 2)).findings;
      if (req.length !== 1 || req[0].valuePath !== `operation/${first.op.operationId}/parameter/zzNewRequired`) problems.push(`${file}: required: ${JSON.stringify(req.map(f => f.valuePath))}`);
      else required++;

      // An inline string property of a 200 response schema, retyped.
      for (const o of unique) {
        const props = o.op.responses?.['200']?.schema?.properties;
        const name = props && Object.keys(props).find(k => props[k]?.type === 'string');
        if (!name) continue;
        const retype = JSON.parse(JSON.stringify(doc));
        retype.paths[o.path][o.method].responses['200'].schema.properties[name].type = 'integer';
        const found = compareTexts('swagger', text, JSON.stringify(retype, null, 2)).findings;
        const expected = `operation/${o.op.operationId}/responses/200/schema/${name}/type`;
        if (found.length !== 1 || found[0].valuePath !== expected) problems.push(`${file}: retype ${expected}: ${JSON.stringify(found.map(f => f.valuePath))}`);
        else retyped++;
        break;
      }
    }
    console.log(`breaking-change calibration: ${files.length} swaggers; deletions found ${deleted}, new required parameters ${required}, retyped outputs ${retyped}`);
    assert.deepEqual(problems.slice(0, 20), []);
    assert.ok(deleted > 700 && required > 700 && retyped > 100, `too few cases built: ${deleted}/${required}/${retyped}`);
  });
});
