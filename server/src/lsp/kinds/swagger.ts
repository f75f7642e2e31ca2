// The connector's swagger (apiDefinition.swagger.json, opened by editors as `json`): the certification Swagger
// Validator's rules and ours, from the engine, and the breaking changes against its published version. JSON syntax errors are the editor's JSON support's to report; the
// formatter, folding and selection ranges stay VS Code's too.
import type { Diagnostic } from 'vscode-languageserver';
import { resolveProfile, validateSwaggerText } from '../../engine';
import { decodeUriSafe } from '../../engine/uri';
import type { KindFeatures } from './types';

export const swaggerFeatures: KindFeatures = {
  async validate(doc, ctx) {
    const settings = await ctx.settings(doc.uri);
    const profile = resolveProfile(settings.profile, decodeUriSafe(doc.uri));
    const result = validateSwaggerText(doc.uri, doc.getText(), {
      settings,
      profile,
      docsBase: ctx.docsBase,
      onRuleError: (ruleId, error) => ctx.log.error(`Swagger rule ${ruleId} failed: ${error instanceof Error ? error.stack : String(error)}`),
    });
    const breaking = ctx.breaking.check('swagger', doc, settings, profile, ctx.docsBase).diagnostics;
    return [...result.diagnostics, ...breaking] as unknown as Diagnostic[];
  },
};
