// Hover in a swagger: a document with a `|` caret and the hover's markdown and range written in full.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { DEFAULT_DOCS_BASE, swaggerHover, validateSwaggerText } from '../../../server/src/engine';
import { EXTENSION_FACTS } from '../../../server/src/engine/swaggerLanguage';
import { KNOWN_EXTENSIONS } from '../../../server/src/engine/swaggerRules/extensions';
import { caret, doc, SETTINGS, SWAGGER_URI } from '../../support/engine';

function hover(textWithCaret: string, withFindings = false): { markdown: string; covered: string } | null {
  const { text, offset } = caret(textWithCaret);
  const document = doc(text, SWAGGER_URI, 'json');
  const findings = withFindings ? validateSwaggerText(SWAGGER_URI, text, { settings: SETTINGS, profile: 'custom' }).diagnostics : [];
  const h = swaggerHover(document, document.positionAt(offset), findings);
  if (!h) return null;
  return { markdown: (h.contents as { value: string }).value, covered: document.getText(h.range!) };
}

const LEARN = 'https://learn.microsoft.com/en-us/connectors/custom-connectors/openapi-extensions';
const VISIBILITY = `**\`x-ms-visibility\`**: How prominently the designer shows an operation, a parameter or a field.

Goes on operations, parameters, schemas (definitions, body and response schemas, their properties).

- \`"important"\`: Always shown, first.
- \`"advanced"\`: Shown only when the user expands the advanced options.
- \`"internal"\`: Never shown to the user. A required internal parameter must have a \`default\`, since nobody can type it.

[Learn: x-ms-visibility](${LEARN}#x-ms-visibility)`;

describe('swagger hover: x-ms-* extensions', () => {
  it('on an extension key: what it does, where it goes, its values, the Learn section', () => {
    assert.deepEqual(hover(`{ "paths": { "/a": { "get": { "x-ms-visi|bility": "internal" } } } }`), { markdown: VISIBILITY, covered: '"x-ms-visibility"' });
  });

  it('on a value of an enumerated extension', () => {
    assert.deepEqual(hover(`{ "paths": { "/a": { "get": { "parameters": [ { "x-ms-url-encoding": "dou|ble" } ] } } } }`), {
      markdown: `**\`"double"\`** (\`x-ms-url-encoding\`): The value is URL-encoded twice; only for a backend that decodes path segments twice.\n\n[Learn: x-ms-url-encoding](${LEARN}#x-ms-url-encoding)`,
      covered: '"double"',
    });
  });

  it('on a member of an extension\'s value', () => {
    assert.deepEqual(hover(`{ "definitions": { "A": { "x-ms-dynamic-values": { "value-pa|th": "id" } } } }`), {
      markdown: `**\`value-path\`** (in \`x-ms-dynamic-values\`): Path in each item to the value put in the parameter.\n\n[Learn: x-ms-dynamic-values](${LEARN}#x-ms-dynamic-values)`,
      covered: '"value-path"',
    });
  });

  it('on a misspelled extension: the one probably meant', () => {
    assert.deepEqual(hover(`{ "paths": { "/a": { "get": { "x-ms-visib|ilty": "internal" } } } }`), { markdown: 'Did you mean `x-ms-visibility`?\n\n' + VISIBILITY, covered: '"x-ms-visibilty"' });
  });

  it('on an extension in an object whose role completion does not classify (a header, an extension\'s object)', () => {
    assert.match(hover(`{ "paths": { "/a": { "get": { "responses": { "200": { "headers": { "X-Rate": { "x-ms-visi|bility": "advanced" } } } } } } } }`)!.markdown, /^\*\*`x-ms-visibility`\*\*: /);
    assert.match(hover(`{ "paths": { "/hook": { "x-ms-notification-content": { "x-ms-sum|mary": "Event" } } } }`)!.markdown, /^\*\*`x-ms-summary`\*\*: /);
    assert.match(hover(`{ "paths": { "/a": { "post": { "x-ms-openai-data": { "operations": [ { "x-ms-require-user-|confirmation": true } ] } } } } }`)!.markdown, /^\*\*`x-ms-require-user-confirmation`\*\*: /);
    assert.equal(hover(`{ "paths": { "/a": { "get": { "responses": { "200": { "headers": { "x-ms-visi|bility": { "type": "string" } } } } } } } }`), null, 'a header named like an extension');
    assert.equal(hover(`{ "paths": { "/a": { "get": { "x-ms-test-value": { "x-ms-visi|bility": "advanced" } } } } }`), null, 'data');
  });

  it('nothing on a property named like an extension, an unknown key or an ordinary value', () => {
    assert.equal(hover(`{ "definitions": { "A": { "properties": { "x-ms-visi|bility": { "type": "string" } } } } }`), null);
    assert.equal(hover(`{ "paths": { "/a": { "get": { "operat|ionId": "A" } } } }`), null);
    assert.equal(hover(`{ "paths": { "/a": { "get": { "x-ms-summary": "Ti|tle" } } } }`), null);
    assert.equal(hover(`{ "x-ms-zzzz|zzzzzzzz": 1 }`), null);
  });

  it('every known extension has a hover, and every documented name is one the rules know', async () => {
    for (const name of KNOWN_EXTENSIONS) {
      const h = hover(`{ "paths": { "/a": { "get": { "${name.slice(0, 3)}|${name.slice(3)}": 1 } } } }`);
      assert.ok(h && h.markdown.startsWith(`**\`${name}\`**: `), name);
    }
    const { DOCUMENTED_EXTENSIONS } = await import('../../../server/src/engine/swaggerLanguage/catalogue');
    for (const name of DOCUMENTED_EXTENSIONS) assert.ok(EXTENSION_FACTS.has(name) && KNOWN_EXTENSIONS.includes(name), name);
  });

  it('every enumerated value the rules accept has its doc', async () => {
    const { EXTENSION_VALUES } = await import('../../../server/src/engine/swaggerRules/extensions');
    for (const [name, values] of Object.entries(EXTENSION_VALUES)) {
      assert.deepEqual(EXTENSION_FACTS.get(name)!.values!.map(v => v.value).sort(), [...values].sort());
      for (const v of EXTENSION_FACTS.get(name)!.values!) assert.ok(v.doc.length > 10, `${name} ${v.value}`);
    }
  });
});

describe('swagger hover: validator findings', () => {
  const text = `{
  "swagger": "2.0",
  "paths": {
    "/items/{id}": {
      "get": {
        "operationId": "GetItem",
        "parameters": [ { "name": "i|d", "in": "path", "required": true, "type": "string" } ],
        "responses": { "200": { "description": "OK" } }
      }
    }
  }
}`;

  it('adds the validator\'s error name and the rule page, not the message the editor already shows', () => {
    assert.deepEqual(hover(text, true), {
      markdown: `Swagger Validator error \`PathParameterMissingEncoding\`: see [\`path-parameter-missing-encoding\`](${DEFAULT_DOCS_BASE}path-parameter-missing-encoding.md)`,
      covered: '"id"',
    });
  });

  it('stays quiet without findings, and for our own checks (no validator name)', () => {
    assert.equal(hover(text), null);
    assert.deepEqual(hover(`{ "paths": { "/a": { "get": { "x-ms-visib|ilty": "internal" } } } }`, true)!.markdown.includes('Swagger Validator'), false);
  });
});
