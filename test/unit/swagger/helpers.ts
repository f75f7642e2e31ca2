// Shared by the swagger unit tests: fixture paths, documents and a validation call with only the swagger rules.
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConnectorService } from '../../../server/src/engine';
import { RULES } from '../../../server/src/engine/rules/registry';
import type { SwaggerContext } from '../../../server/src/engine/swagger/types';
import { fileUri } from '../../../server/src/node/nodeFileSystem';

export const FIXTURES = path.resolve(__dirname, '..', '..', 'fixtures', 'swagger');
export const fixture = (...parts: string[]) => path.join(FIXTURES, ...parts);
export const fixtureUri = (...parts: string[]) => fileUri(fixture(...parts));

export const SWAGGER_RULE_IDS = ['swagger-security-mismatch', 'swagger-oauth-mismatch', 'operation-id-unknown', 'script-operation-unknown', 'route-path-parameter', 'swagger-unavailable'];

export function doc(text: string, uri = 'file:///c/apiProperties.json'): TextDocument {
  return TextDocument.create(uri, 'apiproperties', 1, text);
}

/** Diagnostics of the swagger rules only (the other rule groups have their own tests). */
export async function swaggerDiagnostics(text: string, swagger: SwaggerContext | undefined, only?: string) {
  const service = new ConnectorService();
  const rules: Record<string, 'off'> = {};
  for (const r of RULES) if (!SWAGGER_RULE_IDS.includes(r.id) || (only && r.id !== only)) rules[r.id] = 'off';
  for (const c of ['schema', 'json-syntax', 'strict-json', 'duplicate-key']) rules[c] = 'off';
  const d = doc(text);
  const diagnostics = await service.validate(d, { swagger, settings: { validate: true, rules, profile: 'custom' } });
  return diagnostics.map(x => ({ code: x.code, severity: x.severity, message: x.message, range: x.range, text: d.getText(x.range), data: x.data as Record<string, unknown> }));
}
