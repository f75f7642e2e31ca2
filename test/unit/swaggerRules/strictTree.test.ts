// The strict-JSON fast path of the swagger model (strictTree.ts) must build exactly the tree jsonc-parser builds, and
// step aside (undefined) for everything that is not strict JSON, so that buildSwaggerModel's results never change.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { Node, parseTree } from 'jsonc-parser';
import { parseStrictSwagger } from '../../../server/src/engine/swaggerRules/strictTree';
import { buildSwaggerModel, keywordObjectsWith, prop } from '../../../server/src/engine/swaggerRules/model';
import { walkSwaggerTree } from '../../../server/src/engine/swaggerRules/walk';

/** Every field of every node (parents by identity, the root without one), for deepEqual. */
function shape(node: Node, parent?: Node): unknown {
  assert.equal(node.parent, parent);
  const { parent: _p, children, ...fields } = node;
  return { ...fields, keys: Object.keys(node).sort(), ...(children ? { children: children.map(c => shape(c, node)) } : {}) };
}

/** The tree the shipped fast path builds (the walk it collects is compared in its own test below). */
const strictTree = (text: string): Node | undefined => parseStrictSwagger(text)?.root;

function same(text: string): void {
  const strict = strictTree(text);
  assert.ok(strict, `strict JSON not taken: ${text.slice(0, 40)}`);
  const errors: unknown[] = [];
  const reference = parseTree(text, errors as never, { allowTrailingComma: true, disallowComments: false })!;
  assert.deepEqual(errors, []);
  assert.equal('parent' in strict, 'parent' in reference);
  assert.deepEqual(shape(strict), shape(reference));
}

describe('strict JSON tree (fast path of the swagger model)', () => {
  it('builds the tree jsonc-parser builds: values, offsets, lengths, colon offsets, parents', () => {
    same('{}');
    same(' \r\n\t{ "a" : 1 , "b":[ ], "c":{}, "d":[1,2.5,-0,-3e-2,1E+3,0.125e2], "e":true,"f":false,"g":null }\n');
    same('{"s":"plain","t":"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00 \\ud800","u":"ünïcödé 😀","dup":1,"dup":2}');
    same('{"paths":{"/x/{id}":{"get":{"operationId":"Get","parameters":[{"name":"id","in":"path","required":true}],"responses":{"200":{"description":"ok"}}}}},"deep":[[[[{"a":[{}]}]]]]}');
    same(`{"big":[${Array.from({ length: 300 }, (_, i) => `{"k${i}":${i}}`).join(',')}]}`);
  });

  it('steps aside for anything that is not strict JSON, and for nesting deeper than any swagger', () => {
    for (const text of [
      '{"a":1,}', '{"a":[1,]}', '{/*c*/"a":1}', '{"a":1}//c', '{"a":"tab\there"}', '{"a":"line\nbreak"}', '{"a":01}', '{"a":1.}',
      '{"a":.5}', '{"a":+1}', '{"a":tru}', '{"a":truex}', '{"a":"\\x"}', '{"a":"\\u12"}', '{"a" 1}', '{"a":1 "b":2}', '{a:1}', "{'a':1}",
      '{"a":1}}', '{"a":1', '{"a":"open', '[1]', '"s"', '', '   ', '{"a":\u00a01}', '\ufeff{"a":1}', '{"a":1}\u000b',
      '{"a":' + '['.repeat(600) + ']'.repeat(600) + '}',
    ]) assert.equal(parseStrictSwagger(text), undefined, JSON.stringify(text.slice(0, 50)));
  });

  it('gives buildSwaggerModel the same results either way (a comment sends it to jsonc-parser)', () => {
    const body = '"swagger":"2.0","paths":{"/a":{"get":{"operationId":"A","responses":{}}}},"definitions":{"D":{"type":"object","required":["x"],"properties":{"x":{"type":"string","enum":["a","a"]}}}}';
    const fast = buildSwaggerModel(`{${body}}`).model!;
    const slow = buildSwaggerModel(`{/* c */${body}}`).model!;
    // The comment shifts every node after the opening brace.
    const offsets = (nodes: readonly Node[], shift = 0) => nodes.map(n => n.offset > 0 ? n.offset - shift : n.offset);
    const comment = '/* c */'.length;
    assert.deepEqual(offsets(fast.keywordObjects), offsets(slow.keywordObjects, comment));
    assert.deepEqual(fast.operations.map(o => o.operationId), ['A']);
    assert.deepEqual(offsets(keywordObjectsWith(fast, 'required')), offsets(keywordObjectsWith(slow, 'required'), comment));
    assert.equal(keywordObjectsWith(fast, 'required').length, 1);
  });
});

describe('swagger walk folded into the parse', () => {
  // Name maps (their keys are names), a name map's member named like a map, examples (not walked, unless an examples
  // name map holds a schema property called "examples"), x-ms keys in keyword places only, $refs anywhere walked.
  const text = JSON.stringify({
    swagger: '2.0', 'x-ms-connector-metadata': [{ propertyName: 'Website' }],
    paths: { '/a': { 'x-ms-notification-content': { schema: { $ref: '#/definitions/N' } }, get: {
      parameters: [{ $ref: '#/parameters/P' }, { name: 'b', in: 'body', schema: { type: 'object', properties: { parameters: { type: 'object', properties: { 'x-ms-name': { type: 'string' } } }, examples: { type: 'string', 'x-ms-summary': 'E' } } } }],
      responses: { 200: { description: 'ok', examples: { 'application/json': { $ref: 'not walked', 'x-ms-visibility': 'data' } }, schema: { $ref: '#/definitions/N', example: { $ref: 'data' } } } },
      'x-ms-test-value': { $ref: 'data' },
    } } },
    definitions: { N: { type: 'object', 'x-ms-visibility': 'important', properties: { 'x-ms-odd': { type: 'string' }, example: { type: 'object', properties: { x: { $ref: '#/definitions/N' } } } } } },
    parameters: { P: { name: 'p', in: 'query', type: 'string', 'x-ms-summary': 'P' } },
  }, null, 2);

  it('collects what walkSwaggerTree collects from the same tree, in document order', () => {
    const strict = parseStrictSwagger(text)!;
    const walked = walkSwaggerTree(strict.root);
    const texts = (nodes: readonly Node[]) => nodes.map(n => text.slice(n.offset, n.offset + 12));
    assert.deepEqual(texts(strict.walk.keywordObjects), texts(walked.keywordObjects));
    // Not the $ref under the schema property named "example": neither walks it (an example payload by its key).
    assert.deepEqual(strict.walk.refs.map(r => r.value), ['#/definitions/N', '#/parameters/P', '#/definitions/N']);
    assert.deepEqual(walked.refs.map(r => r.value), strict.walk.refs.map(r => r.value));
    assert.deepEqual(strict.walk.extensionKeys.map(e => e.name), ['x-ms-connector-metadata', 'x-ms-notification-content', 'x-ms-summary', 'x-ms-test-value', 'x-ms-visibility', 'x-ms-summary']);
    assert.deepEqual(walked.extensionKeys.map(e => [e.name, e.key.offset, e.owner.offset]), strict.walk.extensionKeys.map(e => [e.name, e.key.offset, e.owner.offset]));
  });
});

describe('model look-ups', () => {
  it('prop: the last duplicate wins, in small objects and in indexed large ones', () => {
    const names = Array.from({ length: 40 }, (_, i) => `"n${i}":${i}`);
    for (const members of [['"a":1', '"a":2'], [...names, '"a":1', ...names, '"a":2']]) {
      const root = strictTree(`{${members.join(',')}}`)!;
      assert.equal(prop(root, 'a')?.children?.[1]?.value, 2);
      assert.equal(prop(root, 'missing'), undefined);
      assert.equal(prop(root, 'constructor'), undefined);
      // The index holds positions: a look-up after the first gives the same node.
      assert.equal(prop(root, 'a'), prop(root, 'a'));
    }
  });

  it('keywordObjectsWith: the keyword objects having the key, in document order, each once', () => {
    const model = buildSwaggerModel('{"definitions":{"A":{"type":"string","enum":[]},"B":{"properties":{"enum":{"type":"array","enum":[1],"enum":[2]}}}}}').model!;
    assert.deepEqual(keywordObjectsWith(model, 'enum').map(o => o.offset), model.keywordObjects.filter(o => prop(o, 'enum')).map(o => o.offset));
    assert.equal(keywordObjectsWith(model, 'enum').length, 2);
    assert.deepEqual(keywordObjectsWith(model, 'nothing'), []);
  });
});
