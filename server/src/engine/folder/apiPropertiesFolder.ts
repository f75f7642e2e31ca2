// The folder findings an editor shows on apiProperties.json, the one file of the folder it has open: no readme.md
// (`readme-missing`, at the first character) and the icon's findings (at the `iconBrandColor` value, the member about
// the icon; at the first character when there is none). The readme's own sections are checked by the command line,
// which reports readme.md as a file of its own. Only for a file named apiProperties.json (a connector folder).
import type { Diagnostic } from 'vscode-json-languageservice';
import { Range } from 'vscode-json-languageservice';
import { parseTree, findNodeAtLocation } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';
import type { FileSystem } from '../swagger/fileSystem';
import { namedFile, resolveNamed } from '../paconnSettings/files';
import { iconDiagnostics, readmeMissingDiagnostic, FolderCheckOptions } from './diagnostics';
import { FOLDER_RULES } from './rules';
import { isReadmeName } from './readme';

const ICON_HEAD = 64;

export async function apiPropertiesFolderDiagnostics(document: TextDocument, fs: FileSystem, options: FolderCheckOptions): Promise<Diagnostic[]> {
  const uri = URI.parse(document.uri);
  if (uri.scheme !== 'file' || Utils.basename(uri).toLowerCase() !== 'apiproperties.json') return [];
  if (!Object.values(FOLDER_RULES).some(r => (r.profiles as readonly string[]).includes(options.profile))) return [];
  const dir = Utils.dirname(uri);
  let entries: [string, string][] = [];
  try { entries = await fs.readDirectory(dir.toString()); } catch { return []; }
  const out: Diagnostic[] = [];
  if (!entries.some(([name, kind]) => kind === 'file' && isReadmeName(name))) {
    const d = readmeMissingDiagnostic(options);
    if (d) out.push(d);
  }
  const icon = await iconOf(dir, entries, fs);
  if (icon) {
    let bytes: Uint8Array | undefined;
    try { bytes = fs.readBytes ? await fs.readBytes(icon.uri, ICON_HEAD) : undefined; } catch { bytes = undefined; }
    // Without the bytes (a browser, an unreadable file) only the Independent Publisher rule, which needs none, can run.
    const found = bytes ? iconDiagnostics(bytes, options, icon.name) : options.profile === 'independent-publisher' ? iconDiagnostics(new Uint8Array(), options, icon.name) : [];
    const at = brandColorRange(document);
    for (const d of found) {
      d.range = at;
      d.message = `${icon.name}: ${d.message}`;
      out.push(d);
    }
  }
  return out;
}

async function iconOf(dir: URI, entries: [string, string][], fs: FileSystem): Promise<{ uri: string; name: string } | undefined> {
  const settings = entries.find(([name, kind]) => kind === 'file' && name.toLowerCase() === 'settings.json');
  if (settings) {
    const settingsUri = Utils.joinPath(dir, settings[0]).toString();
    let named: string | undefined;
    try { named = namedFile(await fs.readFile(settingsUri), 'icon'); } catch { named = undefined; }
    if (named) {
      const target = resolveNamed(settingsUri, named);
      const stat = await fs.stat(target).catch(() => undefined);
      if (stat?.kind === 'file') return { uri: target, name: Utils.basename(URI.parse(target)) };
    }
  }
  const png = entries.find(([name, kind]) => kind === 'file' && name.toLowerCase() === 'icon.png');
  return png ? { uri: Utils.joinPath(dir, png[0]).toString(), name: png[0] } : undefined;
}

function brandColorRange(document: TextDocument): Range {
  const text = document.getText();
  let node;
  try { node = findNodeAtLocation(parseTree(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text) ?? { type: 'null', offset: 0, length: 0 } as never, ['properties', 'iconBrandColor']); } catch { node = undefined; }
  return node ? Range.create(document.positionAt(node.offset), document.positionAt(node.offset + node.length)) : Range.create(0, 0, 0, text.length ? 1 : 0);
}
