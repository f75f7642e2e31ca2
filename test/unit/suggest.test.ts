// "Did you mean": the one bounded search used by settings, rules and the swagger checks (server/src/engine/suggest.ts).
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { boundedDistance, editDistance, NameIndex, nearestName, SuggestionBudget, withinOneEdit } from '../../server/src/engine/suggest';
import { parseSwagger } from '../../server/src/engine/swagger/swaggerModel';
import { swaggerDiagnostics } from './swagger/helpers';

/** Textbook Levenshtein, the reference the bounded one must agree with. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}

/** Deterministic pseudo-random numbers (tests must not depend on luck). */
function random(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

/** `count` distinct operation-like ids: verb + noun + a version suffix. */
function operationIds(count: number): string[] {
  const verbs = ['Get', 'List', 'Create', 'Update', 'Delete', 'Search', 'Export', 'Import', 'Sync', 'Archive'];
  const nouns = ['Contact', 'Account', 'Invoice', 'Order', 'Ticket', 'Project', 'Task', 'Document', 'Folder', 'Member', 'Webhook', 'Report'];
  return Array.from({ length: count }, (_, i) => `${verbs[i % 10]}${nouns[Math.floor(i / 10) % 12]}V${Math.floor(i / 120)}`);
}

/** `id` with the letter in its middle changed (one edit). */
const typo = (id: string) => `${id.slice(0, id.length >> 1)}#${id.slice((id.length >> 1) + 1)}`;
/** `id` with two letters changed, apart (two edits). */
const twoTypos = (id: string) => `#${id.slice(1, id.length - 1)}#`;

describe('boundedDistance', () => {
  it('agrees with the textbook distance up to the bound and says "over" beyond it', () => {
    const next = random(7);
    const word = () => Array.from({ length: Math.floor(next() * 12) }, () => 'abcx'[Math.floor(next() * 4)]).join('');
    for (let n = 0; n < 3000; n++) {
      const a = word(), b = word(), max = Math.floor(next() * 6);
      const d = reference(a, b);
      assert.equal(boundedDistance(a, b, max), d <= max ? d : max + 1, `${a} / ${b} / ${max}`);
      assert.equal(editDistance(a, b), d);
      assert.equal(withinOneEdit(a, b), d <= 1);
    }
  });
});

describe('nearestName', () => {
  it('prefers a case-only difference, then the smallest distance, then the first in the list', () => {
    assert.equal(nearestName('getwidget', ['GetWidgets', 'GetWidget']), 'GetWidget');
    assert.equal(nearestName('GetWidgetz', ['GetWidgets', 'GetWidgetx']), 'GetWidgets');
    assert.equal(nearestName('GetWidgetsXYZ', ['GetWidget', 'GetWidgetsX']), 'GetWidgetsX');
  });

  it('offers nothing beyond the distance asked for (default: 2, or a quarter of a long name)', () => {
    assert.equal(nearestName('abcdef', ['abcxyz']), undefined);
    assert.equal(nearestName('abcdef', ['abcxyz'], { maxDistance: 3 }), 'abcxyz');
    assert.equal(nearestName('ListAllTheWidgets', ['ListAllTheGadgets']), 'ListAllTheGadgets'); // 3 edits, length 17
  });

  it('with the deletion index (long lists) finds what a full scan finds, one and two edits away', () => {
    const ids = operationIds(3000);
    const index = new NameIndex(ids);
    const scan = (value: string) => {
      let best: string | undefined, bestDistance = Infinity;
      for (const c of ids) { const d = reference(value.toLowerCase(), c.toLowerCase()); if (d < bestDistance) { bestDistance = d; best = c; } }
      return bestDistance <= Math.max(2, Math.floor(value.length / 4)) ? best : undefined;
    };
    const next = random(11);
    for (let n = 0; n < 150; n++) {
      const id = ids[Math.floor(next() * ids.length)];
      for (const value of [typo(id), id.slice(1), id + 'x', twoTypos(id), id.toUpperCase()]) {
        const found = index.nearest(value, { budget: new SuggestionBudget(Infinity) });
        const expected = scan(value);
        // Ties may resolve to another name at the same distance; the distance is what must match.
        assert.equal(found === undefined, expected === undefined, value);
        if (found && expected) assert.equal(reference(value.toLowerCase(), found.toLowerCase()), reference(value.toLowerCase(), expected.toLowerCase()), value);
      }
    }
  });
});

describe('a document with hundreds of unknown ids against a large list', () => {
  const ids = operationIds(10_000);
  const index = new NameIndex(ids);

  it('finds every one-edit typo, even after the shared budget is spent', () => {
    const budget = new SuggestionBudget();
    let found = 0;
    for (let i = 0; i < 200; i++) {
      // Names close to nothing spend the budget on the far search...
      assert.equal(index.nearest(`frobnicateWidget${i}Quux`, { budget }), undefined);
      // ...and one-edit typos are still found through the index.
      if (index.nearest(typo(ids[i * 50]), { budget }) === ids[i * 50]) found++;
    }
    assert.equal(found, 200);
    assert.ok(budget.exhausted);
    assert.ok(budget.remaining > -100, `overspent: ${budget.remaining}`);
  });

  it('caps the far search: with the budget spent, two-edit typos get no suggestion', () => {
    const fresh = new SuggestionBudget();
    const first = index.nearest(twoTypos(ids[1234]), { budget: fresh });
    assert.equal(first && editDistance(twoTypos(ids[1234]).toLowerCase(), first.toLowerCase()), 2);
    let found = 0;
    for (let i = 0; i < 200; i++) if (index.nearest(twoTypos(ids[i * 50]), { budget: fresh })) found++;
    assert.ok(found > 0 && found < 200, `found ${found} of 200`);
    const spent = new SuggestionBudget(0);
    assert.equal(index.nearest(twoTypos(ids[1234]), { budget: spent }), undefined);
  });
});

describe('operation-id-unknown over a swagger of 10,000 operations', () => {
  const ids = operationIds(10_000);
  const paths = Object.fromEntries(ids.map((id, i) => [`/op${i}`, { get: { operationId: id } }]));
  const swagger = parseSwagger('file:///c/apiDefinition.swagger.json', JSON.stringify({ swagger: '2.0', paths }));
  const connector = (names: string[]) => JSON.stringify({
    properties: {
      policyTemplateInstances: [{ templateId: 'setheader', title: 'H', parameters: { 'x-ms-apimTemplate-operationName': names } }],
    },
  }, null, 2);
  const text = (m: string | { value: string }) => (typeof m === 'string' ? m : m.value);
  const suggested = (ds: { message: string | { value: string } }[]) => ds.filter(d => /Did you mean/.test(text(d.message))).length;

  it('suggests the real id for each of 200 one-letter typos', async () => {
    const ds = await swaggerDiagnostics(connector(ids.filter((_, i) => i % 50 === 0).map(typo)), swagger, 'operation-id-unknown');
    assert.equal(ds.length, 200);
    assert.equal(suggested(ds), 200);
    assert.match(text(ds[0].message), new RegExp(`Did you mean "${ids[0]}"\\?`));
  });

  it('bounds the search for 200 ids two edits away: some suggestions, then none (every finding still reported)', async () => {
    const ds = await swaggerDiagnostics(connector(ids.filter((_, i) => i % 50 === 0).map(twoTypos)), swagger, 'operation-id-unknown');
    assert.equal(ds.length, 200);
    const n = suggested(ds);
    assert.ok(n > 0 && n < 200, `suggestions for ${n} of 200`);
  });
});
