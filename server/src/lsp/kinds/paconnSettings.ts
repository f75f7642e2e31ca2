// A paconn settings.json (documentKinds.ts never hands over one inside `.vscode`): diagnostics from our schema of it
// and the files it names, completion of the folder's file names in those values, and hover from the schema. A
// settings.json that is not paconn's (another tool's, one with editor settings) gets nothing at all.
import type { CompletionList, Diagnostic, Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';
import { isPaconnSettings } from '../../engine/paconnSettings/files';
import { completePaconnSettings, hoverPaconnSettings, validatePaconnSettings } from '../../engine/paconnSettings/service';
import type { KindContext, KindFeatures } from './types';

/** Whether this settings.json is paconn's: by its members, or by an apiProperties.json beside it (open or on disk). */
async function isPaconn(doc: TextDocument, ctx: KindContext): Promise<boolean> {
  const text = doc.getText();
  if (isPaconnSettings(doc.uri, text, false)) return true;
  const dir = Utils.dirname(URI.parse(doc.uri)).toString();
  const beside = ctx.documents.all().some(d => d.uri.toLowerCase() === `${dir}/apiproperties.json`.toLowerCase())
    || !!(await ctx.fileSystem?.readDirectory(dir).catch(() => []))?.some(([name, kind]) => kind === 'file' && name.toLowerCase() === 'apiproperties.json');
  return isPaconnSettings(doc.uri, text, beside);
}

// The engine's types come from vscode-json-languageservice's (newer) copy of the LSP types; same wire shape.
export const paconnSettingsFeatures: KindFeatures = {
  async validate(doc, ctx) {
    if (!(await isPaconn(doc, ctx))) return [];
    const settings = await ctx.settings(doc.uri);
    return await validatePaconnSettings(doc, { settings, fileSystem: ctx.fileSystem, docsBase: ctx.docsBase }) as unknown as Diagnostic[];
  },
  async completion(doc, position, ctx) {
    if (!(await isPaconn(doc, ctx))) return null;
    return await completePaconnSettings(doc, position, { fileSystem: ctx.fileSystem }) as unknown as CompletionList | null;
  },
  async hover(doc, position, ctx) {
    if (!(await isPaconn(doc, ctx))) return null;
    return await hoverPaconnSettings(doc, position) as unknown as Hover | null;
  },
};
