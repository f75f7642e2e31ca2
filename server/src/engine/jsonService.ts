// One vscode-json-languageservice instance bound to our bundled schema. Every request for a schema, whatever URI a
// document's `$schema` names, is answered with the bundled schema: no network access at run time, ever, and the
// same (correct) schema for every apiProperties.json.
import { getLanguageService, LanguageService, ClientCapabilities, JSONSchema, JSONWorkerContribution } from 'vscode-json-languageservice';
import bundledSchema from '../../../schemas/apiProperties.schema.json';

export const SCHEMA_URI = 'pp-connector://schemas/apiProperties.schema.json';
export const schema = bundledSchema as unknown as JSONSchema;
const schemaText = JSON.stringify(bundledSchema);

export function createJsonService(
  clientCapabilities: ClientCapabilities = ClientCapabilities.LATEST,
  contributions: JSONWorkerContribution[] = [],
): LanguageService {
  const service = getLanguageService({
    schemaRequestService: () => Promise.resolve(schemaText),
    workspaceContext: { resolveRelativePath: (relativePath: string) => SCHEMA_URI + '#' + encodeURIComponent(relativePath) },
    clientCapabilities,
    contributions,
  });
  service.configure({
    validate: true,
    allowComments: false,
    schemas: [{ uri: SCHEMA_URI, fileMatch: ['*'], schema }],
  });
  return service;
}
