// SARIF 2.1.0, the format GitHub code scanning reads: one run, the full rule catalogue (registry, swagger rules, built-ins)
// in tool.driver.rules so each alert shows the rule's description and a link to its doc page.
import { jsonTerminalSafe } from '../terminalText';
import { pathToFileURL } from 'url';
import * as path from 'path';
import { LIMIT_CODE } from '../../engine/limits';
import { BUILTIN_CODES, RULES } from '../../engine/rules/registry';
import { SWAGGER_RULES } from '../../engine/swaggerRules/registry';
import { SETTINGS_RULES } from '../../engine/paconnSettings/rules';
import { FOLDER_RULES } from '../../engine/folder/rules';
import { configFiles, messageText, RunReport, ruleId, severityName, sortDiagnostics } from '../report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/ppconnector/pp-connector-tools';

/** Descriptions of the checks the engine runs itself rather than through a rule module. */
export const BUILTIN_DESCRIPTIONS: Record<typeof BUILTIN_CODES[number], { description: string; severity: 'error' | 'warning' }> = {
  'json-syntax': { description: 'The file is not valid JSON.', severity: 'error' },
  'strict-json': { description: 'A comment, trailing comma or byte order mark that paconn and pac reject when they load the file as strict JSON.', severity: 'error' },
  'duplicate-key': { description: 'A key appears twice in one object; JSON loaders keep the last value and silently drop the first.', severity: 'error' },
  'schema': { description: 'A value does not match the apiProperties.json schema (wrong type, unknown value, missing required property).', severity: 'error' },
  'file-encoding': { description: 'The file is not valid UTF-8 (e.g. saved as Windows-1252); paconn fails on it on macOS and Linux.', severity: 'warning' },
};

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: string };
  properties: Record<string, unknown>;
}

export function sarifRules(docsBase: string): SarifRule[] {
  const builtins: SarifRule[] = BUILTIN_CODES.map(id => ({
    id, name: pascal(id),
    shortDescription: { text: BUILTIN_DESCRIPTIONS[id].description },
    helpUri: docsBase + id + '.md',
    defaultConfiguration: { level: LEVEL[BUILTIN_DESCRIPTIONS[id].severity] },
    properties: { category: 'json', tags: ['json'] },
  }));
  // Not a rule and without a page of its own: the note on files too large or too deep to analyse fully.
  const limit: SarifRule = {
    id: LIMIT_CODE, name: pascal(LIMIT_CODE),
    shortDescription: { text: 'The file is too large, too deeply nested or binary, so only part of the analysis ran.' },
    helpUri: INFORMATION_URI + '#reliability',
    defaultConfiguration: { level: 'note' },
    properties: { category: 'json', tags: ['json'] },
  };
  const rules: SarifRule[] = RULES.map(r => ({
    id: r.id, name: pascal(r.id),
    shortDescription: { text: r.description },
    helpUri: docsBase + r.id + '.md',
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { category: r.category, tags: [r.category, ...(r.profiles ?? [])], ...(r.profiles ? { profiles: [...r.profiles] } : {}) },
  }));
  // The swagger's rules, with the certification Swagger Validator's error name so a pasted pipeline error finds them.
  const swaggerRules: SarifRule[] = SWAGGER_RULES.map(r => ({
    id: r.id, name: pascal(r.id),
    shortDescription: { text: r.description },
    helpUri: docsBase + r.id + '.md',
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      category: r.category, tags: [r.category, ...(r.profiles ?? [])], ...(r.profiles ? { profiles: [...r.profiles] } : {}),
      ...(r.validatorName ? { validatorName: r.validatorName } : {}),
    },
  }));
  // paconn settings.json and the connector folder's icon and readme.
  const settingsRules: SarifRule[] = Object.entries(SETTINGS_RULES).map(([id, r]) => ({
    id, name: pascal(id), shortDescription: { text: r.description }, helpUri: docsBase + id + '.md',
    defaultConfiguration: { level: LEVEL[r.severity] }, properties: { category: 'settings', tags: ['settings'] },
  }));
  const folderRules: SarifRule[] = Object.entries(FOLDER_RULES).map(([id, r]) => ({
    id, name: pascal(id), shortDescription: { text: r.description }, helpUri: docsBase + id + '.md',
    defaultConfiguration: { level: LEVEL[r.severity] }, properties: { category: 'folder', tags: ['folder', ...r.profiles], profiles: [...r.profiles] },
  }));
  return [...builtins, limit, ...rules, ...swaggerRules, ...settingsRules, ...folderRules];
}

export function formatSarif(report: RunReport, cwd: string): string {
  const rules = sarifRules(report.docsBase);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const baseUri = pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href;
  const location = (file: string) => {
    const rel = path.relative(cwd, file);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return { uri: pathToFileURL(file).href };
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  };
  const results = report.files.flatMap(f => sortDiagnostics(f.diagnostics).map(d => {
    const id = ruleId(d);
    const i = index.get(id);
    return {
      ruleId: id,
      ...(i !== undefined ? { ruleIndex: i } : {}),
      level: LEVEL[severityName(d)],
      message: { text: messageText(d) },
      locations: [{
        physicalLocation: {
          artifactLocation: location(f.path),
          region: {
            startLine: d.range.start.line + 1,
            startColumn: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
          },
        },
      }],
    };
  }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'pp-connector',
          fullName: 'Power Platform Connector Tools checker',
          version: report.toolVersion,
          semanticVersion: report.toolVersion,
          informationUri: INFORMATION_URI,
          rules,
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: baseUri } },
      columnKind: 'utf16CodeUnits',
      invocations: [{
        executionSuccessful: report.unreadable.length === 0,
        // Which .pp-connector.json files applied (a property bag: SARIF has no field of its own for this).
        properties: { configFiles: configFiles(report) },
        toolExecutionNotifications: report.unreadable.map(u => ({
          level: 'error',
          message: { text: u.message },
          locations: [{ physicalLocation: { artifactLocation: location(u.path) } }],
        })),
      }],
      results,
    }],
  };
  return jsonTerminalSafe(JSON.stringify(log, null, 2)) + '\n';
}

function pascal(id: string): string {
  return id.split('-').map(s => s.charAt(0).toUpperCase() + s.slice(1)).join('');
}
