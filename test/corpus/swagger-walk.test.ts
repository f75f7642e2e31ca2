// The swagger model's walk is done twice over: while the strict parser builds the tree (strictTree.ts), and over a
// tree jsonc-parser built (walk.ts, for text with comments or trailing commas). On every corpus swagger both must
// collect the same keyword objects, `$ref`s and extension keys, in the same order.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Node } from 'jsonc-parser';
import { parseStrictSwagger } from '../../server/src/engine/swaggerRules/strictTree';
import { SwaggerWalk, walkSwaggerTree } from '../../server/src/engine/swaggerRules/walk';

const REPO = path.resolve(__dirname, '..', '..');
const CORPUS = process.env.PP_CONNECTOR_CORPUS ?? path.resolve(REPO, '..', 'shared', 'corpus');

/** Offsets stand for nodes: both sides walk the very same tree, so equal offsets are equal nodes. */
function summary(walk: SwaggerWalk): unknown {
  const at = (n: Node) => n.offset;
  return {
    keywordObjects: walk.keywordObjects.map(at),
    refs: walk.refs.map(at),
    extensionKeys: walk.extensionKeys.map(e => [e.key.offset, e.name, e.owner.offset]),
  };
}

describe('swagger walk on the corpus', () => {
  const present = existsSync(CORPUS);
  it('the parser collects what the tree walk collects, on every strict corpus swagger', { skip: present ? false : `corpus folder not found at ${CORPUS} (set PP_CONNECTOR_CORPUS)` }, t => {
    let compared = 0, objects = 0;
    for (const name of readdirSync(CORPUS).filter(n => /\.swagger\.json$/i.test(n)).sort()) {
      const text = readFileSync(path.join(CORPUS, name), 'utf8').replace(/^\ufeff/, ' ');
      const strict = parseStrictSwagger(text);
      if (!strict) continue;
      assert.deepEqual(summary(strict.walk), summary(walkSwaggerTree(strict.root)), name);
      compared++;
      objects += strict.walk.keywordObjects.length;
    }
    t.diagnostic(`${compared} swaggers compared, ${objects} keyword objects`);
    assert.ok(compared > 700, `only ${compared} strict swaggers`);
  });
});
