// The connector's swagger (apiDefinition.swagger.json, opened by editors as `json`): the certification Swagger
// Validator's rules and ours, from the engine; completion and hover for the x-ms-* extensions; quick fixes and fix-all
// from the rules' fix data; the breaking changes against its published version. JSON syntax errors are the editor's JSON support's to report; the formatter, folding and
// selection ranges stay VS Code's too.
import type { CodeAction, CompletionList, Diagnostic, Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveProfile, swaggerCodeActions, swaggerCompletion, swaggerHover, validateSwaggerText } from '../../engine';
import type { SwaggerValidationOptions } from '../../engine';
import { decodeUriSafe } from '../../engine/uri';
import { swaggerParseOf } from '../../engine/swaggerRules/sharedParse';
import { connectorNavigation as nav } from '../connectorNavigation';
import type { KindContext, KindFeatures } from './types';

/**
 * The findings last published per open document (the manager updates a document object in place, so a closed one is
 * collected with its entry): hover reads them for the current version instead of validating again.
 */
const published = new WeakMap<TextDocument, { version: number; diagnostics: Diagnostic[] }>();

async function options(doc: TextDocument, ctx: KindContext): Promise<SwaggerValidationOptions> {
  const settings = await ctx.settings(doc.uri);
  return {
    settings,
    profile: resolveProfile(settings.profile, decodeUriSafe(doc.uri)),
    docsBase: ctx.docsBase,
    onRuleError: (ruleId, error) => ctx.log.error(`Swagger rule ${ruleId} failed: ${error instanceof Error ? error.stack : String(error)}`),
  };
}

export const swaggerFeatures: KindFeatures = {
  async validate(doc, ctx) {
    const opts = await options(doc, ctx);
    const text = doc.getText();
    // The model of this version is then at hand for the outline and navigation that follow an edit.
    const result = validateSwaggerText(doc.uri, text, opts.settings.validate ? { ...opts, parsed: swaggerParseOf(doc.uri, text) } : opts);
    const breaking = ctx.breaking.check('swagger', doc, opts.settings, opts.profile, ctx.docsBase).diagnostics;
    const diagnostics = [...result.diagnostics, ...breaking] as unknown as Diagnostic[];
    published.set(doc, { version: doc.version, diagnostics });
    return diagnostics;
  },
  async published(doc, ctx) {
    const settings = await ctx.settings(doc.uri);
    ctx.swagger.publishSwaggerStatus(doc.uri, {
      profile: resolveProfile(settings.profile, decodeUriSafe(doc.uri)),
      validating: settings.validate,
      base: ctx.breaking.status(doc.uri),
    });
  },
  async completion(doc, position) {
    return swaggerCompletion(doc, position) as unknown as CompletionList | null;
  },
  async hover(doc, position) {
    const last = published.get(doc);
    return swaggerHover(doc, position, last?.version === doc.version ? last.diagnostics as never : []) as unknown as Hover | null;
  },
  async codeActions(doc, range, context, ctx) {
    return await swaggerCodeActions(doc, range as never, context as never, await options(doc, ctx)) as unknown as CodeAction[];
  },
  definition: (doc, position) => nav.swaggerDefinition(doc, position),
  references: (doc, position, includeDeclaration, ctx) => nav.swaggerReferences(doc, position, includeDeclaration, ctx),
  prepareRename: (doc, position) => nav.prepareRename('swagger', doc, position),
  rename: (doc, position, newName, ctx) => nav.rename('swagger', doc, position, newName, ctx),
  documentSymbols: doc => nav.swaggerSymbols(doc),
};
