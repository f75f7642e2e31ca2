// Folder findings as diagnostics, with the rule's level from the settings (an explicit level replaces the rule's own
// per-finding one, as for every other rule) and only for the profiles each rule documents.
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-json-languageservice';
import type { EngineSettings, Profile, RuleLevel, Severity } from '../settings';
import { DEFAULT_DOCS_BASE, SOURCE, toDiagnosticSeverity } from '../validation';
import { checkIcon } from './icon';
import { checkReadme } from './readme';
import { FOLDER_RULES, FolderRuleId } from './rules';

export interface FolderCheckOptions {
  profile: Profile;
  settings?: EngineSettings;
  docsBase?: string;
}

function make(id: FolderRuleId, range: Range, message: string, options: FolderCheckOptions, severity?: Severity, data?: Record<string, unknown>): Diagnostic | undefined {
  const rule = FOLDER_RULES[id];
  if (options.settings && !options.settings.validate) return undefined;
  if (!(rule.profiles as readonly Profile[]).includes(options.profile)) return undefined;
  const configured: RuleLevel | undefined = options.settings?.rules[id];
  const level: RuleLevel = configured ?? severity ?? rule.severity;
  if (level === 'off') return undefined;
  const d = Diagnostic.create(range, message, toDiagnosticSeverity(level) as DiagnosticSeverity, id, SOURCE);
  d.codeDescription = { href: (options.docsBase ?? DEFAULT_DOCS_BASE) + id + '.md' };
  d.data = { ruleId: id, ...data };
  return d;
}

const START = Range.create(0, 0, 0, 0);

/** The findings of an icon file (its bytes; the first few dozen are enough). */
export function iconDiagnostics(bytes: Uint8Array, options: FolderCheckOptions, fileName?: string): Diagnostic[] {
  return checkIcon(bytes, options.profile, fileName).map(f => make(f.id, START, f.message, options, f.severity)).filter((d): d is Diagnostic => !!d);
}

export function readmeDiagnostics(text: string, options: FolderCheckOptions): Diagnostic[] {
  return checkReadme(text, options.profile).map(f => {
    const line = text.split(/\r\n|\r|\n/)[f.line] ?? '';
    return make(f.id, Range.create(f.line, 0, f.line, line.length), f.message, options, undefined, { missing: f.missing });
  }).filter((d): d is Diagnostic => !!d);
}

/** `readme-missing`, reported on apiProperties.json at its first character (the folder has no file to put it on). */
export function readmeMissingDiagnostic(options: FolderCheckOptions): Diagnostic | undefined {
  return make('readme-missing', Range.create(0, 0, 0, 1),
    'The connector folder has no readme.md: certification requires one from verified and independent publishers, documenting the connector (publisher, prerequisites, operations, credentials, known issues). Add readme.md from the certification template.',
    options);
}
