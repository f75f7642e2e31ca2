// The words of the language status items (client/src/statusText.ts), from the server's ppConnector/status.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { describeStatus, describeSwagger, describeSwaggerDetail, describeSwaggerDocument } from '../../../client/src/statusText';

describe('language status words', () => {
  it('an apiProperties.json: authentication, pairing and profile', () => {
    const status = { uri: 'file:///c/apiProperties.json', swagger: 'paired' as const, swaggerName: 'apiDefinition.swagger.json', authentication: 'OAuth 2.0', profile: 'certified' };
    assert.equal(describeStatus(status), 'OAuth 2.0 · swagger paired · profile: certified');
    assert.equal(describeSwagger(status), 'paired with apiDefinition.swagger.json');
    assert.equal(describeSwaggerDocument(status), undefined);
  });
  it('a swagger: the validator with its profile, which rules run, and the base', () => {
    const status = { uri: 'file:///c/apiDefinition.swagger.json', document: 'swagger' as const, profile: 'custom', validating: true, base: { ref: 'origin/dev (merge base 1a2b3c4)' } };
    assert.equal(describeSwaggerDocument(status), 'Swagger Validator · profile: custom');
    assert.equal(describeSwaggerDetail(status), 'certification-only rules off (profile custom) · breaking changes checked against origin/dev (merge base 1a2b3c4)');
    assert.equal(describeSwaggerDetail({ ...status, profile: 'independent-publisher', base: { note: 'not in a git repository' } }), 'certification rules on (profile independent-publisher) · not in a git repository');
    assert.equal(describeStatus(status), 'profile: custom');
  });
  it('a swagger with checks off says so and nothing else', () => {
    const status = { uri: 'file:///c/apiDefinition.swagger.json', document: 'swagger' as const, profile: 'certified', validating: false };
    assert.equal(describeSwaggerDocument(status), 'Connector checks off');
    assert.equal(describeSwaggerDetail(status), undefined);
  });
});
