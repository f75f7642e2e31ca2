// The certification-only swagger rules (profiles certified and independent-publisher; `custom` does not get them) and
// the validator rules on `info`: a hit with its exact range (the covered text), the level per profile, a miss, the fix.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyFix, covered, diagnose, findings, fixesOf, op, pathParam, swagger } from './helpers';
import type { Profile } from '../../../server/src/engine';

const CERT = { profile: 'certified' as Profile };
const IP = { profile: 'independent-publisher' as Profile };
const METADATA = [
  { propertyName: 'Website', propertyValue: 'https://www.contoso.com' },
  { propertyName: 'Privacy policy', propertyValue: 'https://www.contoso.com/privacy' },
  { propertyName: 'Categories', propertyValue: 'Productivity' },
];
const INFO = { title: 'Contoso', description: 'Contoso Widgets keeps track of the widgets of your whole team.', version: '1.0', contact: { name: 'Contoso', url: 'https://www.contoso.com', email: 'support@contoso.com' } };
const described = (id: string, extra: Record<string, unknown> = {}) =>
  op(id, { description: 'Does it, thoroughly.', responses: { 200: { description: 'OK', schema: { type: 'object' } } }, ...extra });

/** A swagger that passes every certification rule, with `info` members and root members replaced as given. */
function certSwagger(info: Record<string, unknown> = {}, root: Record<string, unknown> = {}, paths: Record<string, unknown> = { '/a': { get: described('A') } }): string {
  const merged = Object.fromEntries(Object.entries({ ...INFO, ...info }).filter(([, v]) => v !== undefined));
  return swagger(paths, { info: merged, 'x-ms-connector-metadata': METADATA, ...root });
}
const levels = (text: string, code: string, profile: Profile) => diagnose(text, { profile }).filter(d => d.code === code).map(d => d.severity);
const CERT_CODES = ['connector-metadata-properties-missing', 'field-length-exceeded', 'field-length-not-in-range', 'value-must-end-with-alphanumeric',
  'value-contains-restricted-words', 'required-property-missing', 'required-value-empty', 'schema-definition-set-incorrectly', 'operation-description-missing',
  'parameter-description-missing', 'restricted-characters-in-summary', 'contact-email-not-valid', 'url-not-valid'];

describe('certification rules', () => {
  it('a complete swagger passes every one of them, in both certification profiles', () => {
    for (const options of [CERT, IP]) {
      assert.deepEqual(diagnose(certSwagger(), options).filter(d => CERT_CODES.includes(String(d.code))).map(d => d.code), []);
    }
  });
  it('the custom profile does not get the certification-only ones', () => {
    const text = swagger({ '/a': { get: op('A') } }, { info: { title: 'Contoso API connector.' } });
    assert.deepEqual(diagnose(text, { profile: 'custom' }).filter(d => CERT_CODES.includes(String(d.code))).map(d => d.code), []);
    assert.ok(diagnose(text, CERT).some(d => d.code === 'value-contains-restricted-words'));
  });
});

describe('connector-metadata-properties-missing', () => {
  it('flags the x-ms-connector-metadata key for each missing entry, a warning', () => {
    const text = certSwagger({}, { 'x-ms-connector-metadata': [METADATA[2], { propertyName: 'website', propertyValue: 'https://x.com' }] });
    assert.deepEqual(covered(text, 'connector-metadata-properties-missing', CERT), ['"x-ms-connector-metadata"', '"x-ms-connector-metadata"']);
    const lines = findings(text, 'connector-metadata-properties-missing', CERT);
    assert.match(lines[0], /warning .* no "Website" entry.*"website" is written with other casing/);
    assert.match(lines[1], /no "Privacy policy" entry/);
  });
  it('flags a swagger without the extension at the root brace: an error for independent publishers, a warning for certified', () => {
    const text = certSwagger({}, { 'x-ms-connector-metadata': undefined });
    assert.deepEqual(covered(text, 'connector-metadata-properties-missing', IP), ['{']);
    assert.deepEqual(levels(text, 'connector-metadata-properties-missing', 'independent-publisher'), [1]);
    assert.deepEqual(levels(text, 'connector-metadata-properties-missing', 'certified'), [2]);
  });
});

describe('field-length-exceeded', () => {
  it('flags a title over 30 characters: an error for independent publishers, a warning for certified', () => {
    const text = certSwagger({ title: 'Contoso Widgets Enterprise Edition' });
    assert.deepEqual(covered(text, 'field-length-exceeded', CERT), ['"Contoso Widgets Enterprise Edition"']);
    assert.deepEqual(levels(text, 'field-length-exceeded', 'certified'), [2]);
    assert.deepEqual(levels(text, 'field-length-exceeded', 'independent-publisher'), [1]);
    assert.deepEqual(findings(certSwagger({ title: 'x'.repeat(30) }), 'field-length-exceeded', CERT), []);
  });
  it('warns on a summary of 81 to 119 characters (from 120 operation-summary-too-long has it)', () => {
    const paths = (n: number) => ({ '/a': { get: described('A', { summary: 'S'.repeat(n) }) } });
    assert.deepEqual(covered(certSwagger({}, {}, paths(81)), 'field-length-exceeded', CERT), [`"${'S'.repeat(81)}"`]);
    assert.deepEqual(findings(certSwagger({}, {}, paths(80)), 'field-length-exceeded', CERT), []);
    assert.deepEqual(findings(certSwagger({}, {}, paths(120)), 'field-length-exceeded', CERT), []);
  });
});

describe('field-length-not-in-range', () => {
  it('flags a description under 30 or over 500 characters, as an error', () => {
    const short = certSwagger({ description: 'Widgets.' });
    assert.deepEqual(covered(short, 'field-length-not-in-range', CERT), ['"Widgets."']);
    assert.deepEqual(levels(short, 'field-length-not-in-range', 'certified'), [1]);
    assert.equal(findings(certSwagger({ description: 'w'.repeat(501) }), 'field-length-not-in-range', IP).length, 1);
    assert.deepEqual(findings(certSwagger({ description: 'w'.repeat(500) }), 'field-length-not-in-range', IP), []);
    assert.deepEqual(findings(certSwagger({ description: 'w'.repeat(30) }), 'field-length-not-in-range', IP), []);
  });
});

describe('value-must-end-with-alphanumeric', () => {
  it('flags a title ending in punctuation or space, and offers the trimmed title (not in fix-all)', () => {
    const text = certSwagger({ title: 'Contoso (beta). ' });
    assert.deepEqual(covered(text, 'value-must-end-with-alphanumeric', CERT), ['"Contoso (beta). "']);
    assert.ok(applyFix(text, 'value-must-end-with-alphanumeric', 0, CERT).includes('"title": "Contoso (beta"'));
    assert.equal(fixesOf(text, 'value-must-end-with-alphanumeric', CERT)[0]![0].safe, false);
    assert.deepEqual(findings(certSwagger({ title: 'Office 365' }), 'value-must-end-with-alphanumeric', CERT), []);
    assert.deepEqual(findings(certSwagger({ title: 'Zürich Café' }), 'value-must-end-with-alphanumeric', CERT), []);
  });
});

describe('value-contains-restricted-words', () => {
  it('flags each restricted word inside the title, and product names inside the description', () => {
    const text = certSwagger({ title: 'Contoso API Connector', description: 'Use Contoso widgets from PowerApps and flows in your team.' });
    assert.deepEqual(covered(text, 'value-contains-restricted-words', CERT), ['API', 'Connector', 'PowerApps']);
    assert.match(findings(text, 'value-contains-restricted-words', CERT)[2], /warning .*connector description contains "PowerApps"/);
  });
  it('matches whole words only, and allows "API" in the description', () => {
    assert.deepEqual(findings(certSwagger({ title: 'Apify Connectors Hub', description: 'The Contoso API for widgets, for your whole team.' }), 'value-contains-restricted-words', CERT), []);
  });
});

describe('required-property-missing and required-value-empty', () => {
  it('points at the "info" key for a missing title or description (errors)', () => {
    const text = certSwagger({ description: undefined });
    assert.deepEqual(covered(text, 'required-property-missing', CERT), ['"info"']);
    assert.deepEqual(levels(text, 'required-property-missing', 'certified'), [1]);
  });
  it('asks for a contact: an error for independent publishers, a warning for certified', () => {
    const text = certSwagger({ contact: undefined });
    assert.deepEqual(levels(text, 'required-property-missing', 'independent-publisher'), [1]);
    assert.deepEqual(levels(text, 'required-property-missing', 'certified'), [2]);
  });
  it('flags an empty title or description at the value', () => {
    const text = certSwagger({ title: ' ', description: '' });
    assert.deepEqual(covered(text, 'required-value-empty', IP), ['" "', '""']);
    assert.deepEqual(findings(text, 'field-length-not-in-range', IP), []);
  });
});

describe('restricted-characters-in-summary', () => {
  const text = certSwagger({}, {}, { '/a': { get: described('A', { summary: 'Create/update  a widget' }) } });
  it('flags a "/" in a summary: an error in certification profiles, a warning for custom', () => {
    assert.deepEqual(covered(text, 'restricted-characters-in-summary', CERT), ['"Create/update  a widget"']);
    assert.deepEqual(levels(text, 'restricted-characters-in-summary', 'certified'), [1]);
    assert.deepEqual(levels(text, 'restricted-characters-in-summary', 'custom'), [2]);
  });
  it('offers the summary without it, spaces collapsed (not in fix-all)', () => {
    const fixed = applyFix(text, 'restricted-characters-in-summary', 0, CERT);
    assert.ok(fixed.includes('"summary": "Create update a widget"'));
    assert.equal(fixesOf(text, 'restricted-characters-in-summary', CERT)[0]![0].safe, false);
    assert.deepEqual(findings(fixed, 'restricted-characters-in-summary', CERT), []);
  });
});

describe('schema-definition-set-incorrectly', () => {
  it('warns on the 200 key of an action without an output schema', () => {
    const bare = { responses: { 200: { description: 'OK' } } };
    const text = certSwagger({}, {}, { '/a': { get: described('A', bare), delete: described('B', bare) } });
    assert.deepEqual(covered(text, 'schema-definition-set-incorrectly', CERT), ['"200"']);
    assert.deepEqual(levels(text, 'schema-definition-set-incorrectly', 'certified'), [2]);
  });
  it('is quiet with a schema, a $ref response, a webhook, an internal operation or only a 204', () => {
    const paths = { '/a': {
      get: described('A', { responses: { 200: { description: 'OK', schema: { type: 'object' } } } }),
      put: described('B', { responses: { 200: { $ref: '#/responses/R' } } }),
      post: described('C', { 'x-ms-notification-content': { schema: { type: 'object' } } }),
      patch: described('D', { 'x-ms-visibility': 'internal', responses: { 200: { description: 'OK' } } }),
      head: described('E', { responses: { 204: { description: 'None' } } }),
    } };
    assert.deepEqual(findings(certSwagger({}, { responses: { R: { description: 'OK', schema: { type: 'string' } } } }, paths), 'schema-definition-set-incorrectly', CERT), []);
  });
});

describe('operation-description-missing and parameter-description-missing', () => {
  it('points at the method key when summary and description are missing, at an empty value otherwise', () => {
    const text = certSwagger({}, {}, { '/a': { get: { operationId: 'A', responses: { 200: { description: 'OK', schema: {} } } }, post: described('B', { description: '' }) } });
    assert.deepEqual(covered(text, 'operation-description-missing', CERT), ['"get"', '""']);
    assert.match(findings(text, 'operation-description-missing', CERT)[0], /warning .*has no "summary" and "description"/);
  });
  it('points at the name of a visible parameter without x-ms-summary or description', () => {
    const text = certSwagger({}, {}, { '/a/{id}': { get: described('A', { parameters: [
      pathParam('id', { 'x-ms-summary': 'Id' }),
      { name: 'q', in: 'query', type: 'string', 'x-ms-summary': 'Query', description: 'What to find' },
      { name: 'h', in: 'header', type: 'string', 'x-ms-visibility': 'internal', default: 'x', required: true },
      { name: 'body', in: 'body', schema: { type: 'object' } },
    ] }) } });
    assert.deepEqual(covered(text, 'parameter-description-missing', CERT), ['"id"']);
    assert.match(findings(text, 'parameter-description-missing', CERT)[0], /no "description"/);
  });
});

describe('contact-email-not-valid and url-not-valid (every profile)', () => {
  it('flags an invalid contact email and a relative url at the value, as errors', () => {
    const text = swagger({ '/a': { get: op('A', { externalDocs: { url: 'docs/a' } }) } }, { info: { title: 'C', version: '1', contact: { email: 'support(at)contoso.com', url: 'www.contoso.com' }, license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' } } });
    assert.deepEqual(covered(text, 'contact-email-not-valid'), ['"support(at)contoso.com"']);
    assert.deepEqual(covered(text, 'url-not-valid'), ['"www.contoso.com"', '"docs/a"']);
    assert.deepEqual(levels(text, 'url-not-valid', 'custom'), [1, 1]);
  });
  it('accepts valid ones', () => {
    assert.deepEqual(findings(certSwagger(), 'contact-email-not-valid'), []);
    assert.deepEqual(findings(certSwagger(), 'url-not-valid'), []);
  });
});

describe('operation-missing-path-parameter: the fix adds the parameter', () => {
  it('appends to the operation\'s parameters, or creates the list, one fix per operation (not in fix-all)', () => {
    const text = swagger({ '/a/{id}': { get: op('A', { parameters: [{ name: 'q', in: 'query', type: 'string' }] }), post: op('B') } });
    const fixes = fixesOf(text, 'operation-missing-path-parameter')[0]!;
    assert.deepEqual(fixes.map(f => f.title), ['Add path parameter "id" to "A"', 'Add path parameter "id" to "B"']);
    assert.ok(fixes.every(f => !f.safe));
    const first = applyFix(text, 'operation-missing-path-parameter');
    assert.ok(first.includes('"type": "string"\n          },\n          {\n            "name": "id",\n            "in": "path",\n            "required": true,\n            "type": "string",\n            "x-ms-url-encoding": "single"\n          }\n        ]'), first);
    const second = applyFix(first, 'operation-missing-path-parameter');
    assert.deepEqual(findings(second, 'operation-missing-path-parameter'), []);
    assert.deepEqual(findings(second, 'path-parameter-missing-encoding'), []);
  });
});
