// The connector's swagger (apiDefinition.swagger.json, opened by editors as `json`): the certification Swagger
// Validator's rules and ours, from the engine. JSON syntax errors are the editor's JSON support's to report; the
// formatter, folding and selection ranges stay VS Code's too.
import type { Diagnostic } from 'vscode-languageserver';
import { resolveProfile, validateSwaggerText } from '../../engine';
import { decodeUriSafe } from '../../engine/uri';
import { connectorNavigation as nav } from '../connectorNavigation';
import type { KindFeatures } from './types';

export const swaggerFeatures: KindFeatures = {
  async validate(doc, ctx) {
    const settings = await ctx.settings(doc.uri);
    const result = validateSwaggerText(doc.uri, doc.getText(), {
      settings,
      profile: resolveProfile(settings.profile, decodeUriSafe(doc.uri)),
      docsBase: ctx.docsBase,
      onRuleError: (ruleId, error) => ctx.log.error(`Swagger rule ${ruleId} failed: ${error instanceof Error ? error.stack : String(error)}`),
    });
    return result.diagnostics as unknown as Diagnostic[];
  },
  definition: (doc, position) => nav.swaggerDefinition(doc, position),
  references: (doc, position, includeDeclaration, ctx) => nav.swaggerReferences(doc, position, includeDeclaration, ctx),
  prepareRename: (doc, position) => nav.prepareRename('swagger', doc, position),
  rename: (doc, position, newName, ctx) => nav.rename('swagger', doc, position, newName, ctx),
  documentSymbols: doc => nav.swaggerSymbols(doc),
};
