// How the swagger is named to the author is one fact (swaggerName): rule messages, hovers and the status item use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConnectorService } from '../../../server/src/engine';
import { DEFAULT_SWAGGER_NAME, swaggerName } from '../../../server/src/engine/swagger/ruleHelpers';
import type { SwaggerContext } from '../../../server/src/engine/swagger/types';

test('the decoded file name of the uri, else apiDefinition.swagger.json', () => {
  assert.equal(swaggerName({ uri: 'file:///c/My%20API/apiDefinition.swagger.json' }), 'apiDefinition.swagger.json');
  assert.equal(swaggerName({ uri: 'file:///c/x/my%20swagger.json' }), 'my swagger.json');
  assert.equal(swaggerName({ uri: 'file:///c/x/bad%E0%A4%A.json' }), 'bad%E0%A4%A.json');
  assert.equal(swaggerName({ uri: '' }), DEFAULT_SWAGGER_NAME);
  assert.equal(swaggerName({ uri: 'file:///c/x/' }), DEFAULT_SWAGGER_NAME);
});

test('swagger-unavailable names an invalid swagger by the same fact', async () => {
  const document = TextDocument.create('file:///c/x/apiProperties.json', 'apiproperties', 1, '{"properties": {"connectionParameters": {}}}');
  const swagger = { uri: 'file:///c/x/my%20swagger.json', status: 'invalid', problem: 'not JSON' } as unknown as SwaggerContext;
  const diagnostics = (await new ConnectorService().validate(document, { swagger })).filter(d => d.code === 'swagger-unavailable');
  assert.equal(diagnostics.length, 1);
  assert.match(text(diagnostics[0].message), new RegExp(`^${swaggerName(swagger)} cannot be used`));
  assert.match(text(diagnostics[0].message), /^my swagger\.json cannot be used/);
});

/** A diagnostic's message as text (the LSP type also allows markup). */
function text(message: string | { value: string }): string {
  return typeof message === 'string' ? message : message.value;
}
