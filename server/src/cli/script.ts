// The connector's custom code: the script.csx beside each checked apiProperties.json is checked (and reported as a
// file of its own) against the connector's swagger operations and `scriptOperations`; `scriptOperations` without a
// script.csx is reported on apiProperties.json.
import * as fs from 'fs';
import * as path from 'path';
import type { Diagnostic } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkScript } from '../engine/csharp/scriptChecks';
import { scriptMissingDiagnostic } from '../engine/csharp/scriptMissing';
import { readScriptOperations } from '../engine/csharp/scriptOperations';
import type { EngineSettings } from '../engine/settings';
import type { SwaggerContext } from '../engine/swagger/types';
import { fileUri } from '../node/nodeFileSystem';
import { toDisplayPath } from './check';
import { FileReport, RunReport, severityName } from './report';

export const SCRIPT_FILE_NAME = 'script.csx';
/** Scripts larger than this are not read (the platform's limit is 1 MB; script-size reports up to here). */
const MAX_SCRIPT_READ = 8 * 1024 * 1024;

export interface ScriptOptions {
  cwd: string;
  quiet: boolean;
  docsBase: string;
  settingsFor(file: string): EngineSettings;
  swaggerFor?(file: string): Promise<{ context?: SwaggerContext }>;
}

export async function addScripts(report: RunReport, options: ScriptOptions): Promise<void> {
  for (const entry of [...report.files]) {
    if (entry.kind === 'swagger' || !/apiProperties\.json$/i.test(entry.path)) continue;
    const settings = options.settingsFor(entry.path);
    if (!settings.validate) continue;
    const keep = (ds: Diagnostic[]) => options.quiet ? ds.filter(d => severityName(d) === 'error') : ds;
    const scriptPath = path.join(path.dirname(entry.path), SCRIPT_FILE_NAME);
    const so = readScriptOperations(entry.text);
    let stat: fs.Stats | undefined;
    try { stat = fs.statSync(scriptPath); } catch { stat = undefined; }
    if (!stat?.isFile()) {
      const d = so && scriptMissingDiagnostic(TextDocument.create(fileUri(entry.path), 'apiproperties', 1, entry.text), settings, options.docsBase);
      if (d) entry.diagnostics.push(...keep([d]));
      continue;
    }
    if (stat.size > MAX_SCRIPT_READ) {
      report.unreadable.push({ path: scriptPath, displayPath: toDisplayPath(scriptPath, options.cwd), message: `the file is ${stat.size} bytes; custom code must be less than 1 MB` });
      continue;
    }
    let text: string;
    try { text = fs.readFileSync(scriptPath, 'utf8'); } catch { continue; }
    const swagger = (await options.swaggerFor?.(entry.path))?.context;
    const operationIds = swagger && (swagger.status === undefined || swagger.status === 'paired') ? new Set(swagger.operations.keys()) : undefined;
    const doc = TextDocument.create(fileUri(scriptPath), 'csharp', 1, text);
    const diagnostics = checkScript(doc, {
      operationIds, scriptOperations: so && so.ids.length ? so.ids : undefined, settings, docsBase: options.docsBase,
      scriptOperationsAt: so && { uri: fileUri(entry.path), ...so.array },
    });
    const target: FileReport = { path: scriptPath, displayPath: toDisplayPath(scriptPath, options.cwd), text, diagnostics: keep(diagnostics), fixable: 0 };
    report.files.push(target);
  }
}
