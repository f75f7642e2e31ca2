// script.csx (custom code), opened by VS Code as `csharp`: our checks against the connector's swagger and
// apiProperties.json, hover and go to definition on a compared operation id, operation-id completion inside such a
// comparison, the checks' quick fixes, and the operationId rename across the connector folder. Nothing else: formatting, symbols and C# itself stay with the C# extension.
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkScript } from '../../engine/csharp/scriptChecks';
import { loadScriptConnector, scriptContextOf, ScriptConnectorSources } from '../../engine/csharp/scriptConnector';
import { scriptCodeActions, scriptCompletion, scriptDefinition, scriptHover } from '../../engine/csharp/scriptLanguage';
import { buildScriptModel, ScriptModel } from '../../engine/csharp/scriptModel';
import { SOURCE } from '../../engine/validation';
import { connectorNavigation as nav } from '../connectorNavigation';
import type { KindContext, KindFeatures } from './types';

/** The last model per open script (uri -> version and model): hover, completion and definition share one parse. */
const models = new Map<string, { version: number; model: ScriptModel }>();

function modelOf(doc: TextDocument): ScriptModel {
  const hit = models.get(doc.uri);
  if (hit?.version === doc.version) return hit.model;
  const model = buildScriptModel(doc.getText());
  models.set(doc.uri, { version: doc.version, model });
  if (models.size > 32) models.delete(models.keys().next().value!);
  return model;
}

function sources(ctx: KindContext): ScriptConnectorSources {
  return {
    fileSystem: ctx.fileSystem,
    openUris: () => ctx.documents.all().map(d => d.uri),
    readText: async uri => ctx.documents.get(uri)?.getText() ?? (ctx.fileSystem ? ctx.fileSystem.readFile(uri).catch(() => undefined) : undefined),
    swaggerFor: uri => ctx.swagger.contextFor(uri),
  };
}

const swaggerOf = async (doc: TextDocument, ctx: KindContext) => (await loadScriptConnector(doc.uri, sources(ctx))).swagger;

export const scriptFeatures: KindFeatures = {
  async validate(doc, ctx) {
    const settings = await ctx.settings(doc.uri);
    if (!settings.validate) return [];
    const connector = await loadScriptConnector(doc.uri, sources(ctx));
    // The engine speaks vscode-json-languageservice's copy of the LSP types; the shapes are the same.
    return checkScript(doc, { ...scriptContextOf(connector), settings, docsBase: ctx.docsBase }, modelOf(doc)) as unknown as Diagnostic[];
  },
  async hover(doc, position, ctx) {
    return scriptHover(doc, doc.offsetAt(position), await swaggerOf(doc, ctx), modelOf(doc));
  },
  async definition(doc, position, ctx) {
    return scriptDefinition(doc, doc.offsetAt(position), await swaggerOf(doc, ctx), modelOf(doc));
  },
  async completion(doc, position, ctx) {
    return scriptCompletion(doc, doc.offsetAt(position), await swaggerOf(doc, ctx), modelOf(doc));
  },
  async codeActions(doc, _range, context, ctx) {
    const ours = context.diagnostics.filter(d => d.source === SOURCE);
    if (!ours.length) return [];
    return await scriptCodeActions(doc, ours as never, sources(ctx).readText) as unknown as CodeAction[];
  },
  prepareRename: (doc, position) => nav.prepareRename('script', doc, position),
  rename: (doc, position, newName, ctx) => nav.rename('script', doc, position, newName, ctx),
};
