// `script-missing`: apiProperties' `scriptOperations` routes operations to custom code, but the connector folder has
// no script. Decided by the caller, which sees the folder (the CLI on disk, the server from its file system and open
// buffers); built here once for both, on the `scriptOperations` key.
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-json-languageservice';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EngineSettings } from '../settings';
import type { FileKind } from '../swagger/fileSystem';
import { DEFAULT_DOCS_BASE, SOURCE, toDiagnosticSeverity } from '../validation';
import { SCRIPT_MISSING_CODE } from './scriptChecks';
import { readScriptOperations } from './scriptOperations';

export function scriptMissingDiagnostic(doc: TextDocument, settings: EngineSettings, docsBase = DEFAULT_DOCS_BASE): Diagnostic | undefined {
  const level = settings.rules[SCRIPT_MISSING_CODE] ?? 'warning';
  if (!settings.validate || level === 'off') return undefined;
  const so = readScriptOperations(doc.getText());
  if (!so) return undefined;
  const d = Diagnostic.create(Range.create(doc.positionAt(so.key.offset), doc.positionAt(so.key.offset + so.key.length)),
    'scriptOperations routes operations to custom code, but there is no script.csx beside apiProperties.json: add the script, or remove scriptOperations.',
    toDiagnosticSeverity(level) as DiagnosticSeverity, SCRIPT_MISSING_CODE, SOURCE);
  d.codeDescription = { href: docsBase + SCRIPT_MISSING_CODE + '.md' };
  return d;
}

/** True when a folder listing holds custom code: any `*.csx` file (script.csx, or `<prefix>.script.csx` in collections). */
export function folderHasScript(entries: readonly [name: string, kind: FileKind][]): boolean {
  return entries.some(([name, kind]) => kind === 'file' && /\.csx$/i.test(name));
}
