// apiProperties.json: the connector's properties, checked by the engine's rules with the paired swagger (when the
// runtime can read files), and its connection parameters against the published version (breaking changes). Formatting, folding, selection ranges, the dialog preview and "add authentication type"
// are apiProperties-only requests wired in server.ts.
import type { CodeAction, CompletionList, Diagnostic, DocumentSymbol, Hover, Location } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveProfile } from '../../engine';
import { describeAuthentication } from '../../engine/preview/authSummary';
import { decodeUriSafe } from '../../engine/uri';
import { connectorNavigation as nav } from '../connectorNavigation';
import { apiPropertiesFolderDiagnostics } from '../../engine/folder/apiPropertiesFolder';
import { folderHasScript, scriptMissingDiagnostic } from '../../engine/csharp/scriptMissing';
import { fileSystemServes, listingOnce } from '../../engine/swagger/fileSystem';
import type { FileSystem } from '../../engine/swagger/fileSystem';
import type { EngineSettings } from '../../engine';
import type { KindContext, KindFeatures } from './types';

/** `script-missing`: scriptOperations without custom code in the folder (on disk, or an open *.csx buffer). */
async function scriptMissing(doc: TextDocument, settings: EngineSettings, fs: FileSystem, ctx: KindContext): Promise<Diagnostic[]> {
  if (!fileSystemServes(fs, doc.uri)) return [];
  const folder = doc.uri.slice(0, doc.uri.lastIndexOf('/'));
  if (ctx.documents.all().some(d => /\.csx$/i.test(d.uri) && d.uri.slice(0, d.uri.lastIndexOf('/')) === folder)) return [];
  const entries = await fs.readDirectory(folder).catch(() => undefined);
  if (!entries || folderHasScript(entries)) return [];
  const d = scriptMissingDiagnostic(doc, settings, ctx.docsBase);
  return d ? [d as unknown as Diagnostic] : [];
}

/**
 * The pairing each open document's current findings were computed with: the status published after them shows the
 * same one (asking the store again could answer a newer, transitional pairing than the findings say).
 */
const validatedWith = new WeakMap<TextDocument, { version: number; swagger: Awaited<ReturnType<KindContext['swagger']['contextFor']>> }>();

/** The latest `published` call per document (see there). */
const publishing = new Map<string, number>();
let publishTurns = 0;

// The engine's types come from vscode-json-languageservice's (newer) copy of the LSP types; same wire shape.
export const apiPropertiesFeatures: KindFeatures = {
  async validate(doc, ctx) {
    const settings = await ctx.settings(doc.uri);
    const swagger = await ctx.swagger.contextFor(doc.uri);
    validatedWith.set(doc, { version: doc.version, swagger });
    const profile = resolveProfile(settings.profile, decodeUriSafe(doc.uri));
    const own = await ctx.service.validate(doc, { settings, swagger }) as unknown as Diagnostic[];
    const breaking = ctx.breaking.check('apiProperties', doc, settings, profile, ctx.docsBase).diagnostics as unknown as Diagnostic[];
    if (!ctx.fileSystem || !settings.validate) return [...own, ...breaking];
    // Custom code, readme and icon are all looked for in one listing of the folder.
    const fs = listingOnce(ctx.fileSystem);
    const missing = await scriptMissing(doc, settings, fs, ctx);
    // The folder's readme and icon (certified and Independent Publisher folders): reported here, the file that is open.
    const folder = await apiPropertiesFolderDiagnostics(doc, fs, { profile, settings, docsBase: ctx.docsBase })
      .catch(e => { ctx.log.error(`Folder checks of ${doc.uri}: ${e instanceof Error ? e.stack : String(e)}`); return []; });
    return [...own, ...breaking, ...missing, ...folder as unknown as Diagnostic[]];
  },
  async published(doc, ctx) {
    // Each call awaits the pairing afresh; an older call that finishes late must not overwrite a newer status.
    const turn = ++publishTurns;
    publishing.set(doc.uri, turn);
    const validated = validatedWith.get(doc);
    const [settings, swagger] = await Promise.all([ctx.settings(doc.uri), validated?.version === doc.version ? validated.swagger : ctx.swagger.contextFor(doc.uri)]);
    if (publishing.get(doc.uri) !== turn) return;
    publishing.delete(doc.uri);
    const model = ctx.service.analyze(doc).model;
    ctx.swagger.publishStatus(doc.uri, swagger, {
      sets: model.parameterSets?.sets.map(set => set.name ?? `#${set.index + 1}`),
      authentication: describeAuthentication(model),
      profile: resolveProfile(settings.profile, decodeUriSafe(doc.uri)),
      base: ctx.breaking.status(doc.uri),
    });
  },
  async completion(doc, position, ctx) {
    return await ctx.service.complete(doc, position, await ctx.swagger.contextFor(doc.uri)) as unknown as CompletionList | null;
  },
  async hover(doc, position, ctx) {
    return await ctx.service.hover(doc, position, await ctx.swagger.contextFor(doc.uri)) as unknown as Hover | null;
  },
  async definition(doc, position, ctx) {
    return ctx.service.definition(doc, position, await ctx.swagger.contextFor(doc.uri)) as unknown as Location[];
  },
  async references(doc, position, includeDeclaration, ctx) {
    return await nav.apiPropertiesReferences(doc, position, includeDeclaration, ctx)
      ?? ctx.service.references(doc, position, includeDeclaration, await ctx.swagger.contextFor(doc.uri)) as unknown as Location[];
  },
  prepareRename: (doc, position) => nav.prepareRename('apiProperties', doc, position),
  rename: (doc, position, newName, ctx) => nav.rename('apiProperties', doc, position, newName, ctx),
  async documentSymbols(doc, ctx) {
    return ctx.service.documentSymbols(doc) as unknown as DocumentSymbol[];
  },
  async codeActions(doc, range, context, ctx) {
    const settings = await ctx.settings(doc.uri);
    return await ctx.service.codeActions(doc, range as never, context as never, { settings, addSetCommand: ctx.addSetCommand }) as unknown as CodeAction[];
  },
};
