// Diagnostics for one document: JSON syntax, strict JSON (what paconn's json.load accepts), duplicate keys,
// schema violations, then every enabled rule. Each diagnostic has a stable code, our source and an exact range.
import { ASTNode, Diagnostic, DiagnosticSeverity, ErrorCode, LanguageService, Range } from 'vscode-json-languageservice';
import type { Analysis } from './document';
import { limitDiagnostic } from './limits';
import { schemaSeverities } from './schemaSeverity';
import { RULES } from './rules/registry';
import type { Finding, Rule } from './rules/types';
import { EngineSettings, Profile, RuleLevel, Severity } from './settings';
import type { SwaggerContext } from './swagger/types';

export const SOURCE = 'pp-connector';
export const DEFAULT_DOCS_BASE = 'https://github.com/ppconnector/pp-connector-tools/blob/main/docs/rules/';

export interface ValidationOptions {
  settings: EngineSettings;
  profile: Profile;
  swagger?: SwaggerContext;
  /** Base URI of the rule docs (`<base><rule-id>.md`); the server points it at the docs shipped in the extension. */
  docsBase?: string;
  /** Rules to run; defaults to the registry (tests pass a single rule). */
  rules?: readonly Rule[];
  /** Called when a rule throws: one broken rule must not hide the others' findings. */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnosticSeverity(level: Severity): DiagnosticSeverity {
  return SEVERITY[level];
}

/** Built-in code of a diagnostic produced by vscode-json-languageservice. */
function builtinCode(d: Diagnostic): { code: string; severity: Severity } | undefined {
  switch (d.code) {
    case ErrorCode.TrailingComma:
    case ErrorCode.CommentNotPermitted:
      return { code: 'strict-json', severity: 'error' };
    case ErrorCode.DuplicateKey:
      // JSON.parse / Python json.load keep the last value silently; the first one is lost, so this is an error.
      return { code: 'duplicate-key', severity: 'error' };
    case ErrorCode.SchemaResolveError:
    case ErrorCode.SchemaUnsupportedFeature:
      return undefined; // internal: our schema is bundled; never the user's fault
    case ErrorCode.Deprecated:
      return { code: 'schema', severity: 'warning' };
    case ErrorCode.Undefined:
    case ErrorCode.EnumValueMismatch:
    case undefined:
      // Error or warning per constraint (schemaSeverity.ts): set below.
      return { code: 'schema', severity: 'error' };
    default:
      return { code: 'json-syntax', severity: 'error' };
  }
}

const STRICT_MESSAGES: Record<number, string> = {
  [ErrorCode.TrailingComma]: 'Trailing comma: paconn and pac load apiProperties.json as strict JSON and reject it. Remove the comma.',
  [ErrorCode.CommentNotPermitted]: 'Comment: paconn and pac load apiProperties.json as strict JSON and reject comments. Remove the comment.',
};

// validateAnalysis is an async function (the JSON service answers with promises); the work between its awaits is in
// small plain functions. One large async function was recompiled by V8's optimising compiler two or three times per
// pass over the corpus (each deoptimisation threw the whole of it away), at 50-130 ms of compile each: a large share
// of the whole-pass CPU time. Small functions compile in a fraction of that and deoptimise alone.
export async function validateAnalysis(service: LanguageService, analysis: Analysis, options: ValidationOptions): Promise<Diagnostic[]> {
  const { settings } = options;
  if (!settings.validate) return [];
  const out: Diagnostic[] = [];
  const limitNote = limitDiagnostic(analysis.limits, SOURCE);
  if (limitNote) out.push(limitNote);
  if (analysis.limits.level === 'none') return out;
  if (analysis.hasBom) pushBuiltin(out, bomDiagnostic(), 'strict-json', level(settings, 'strict-json', 'error'));

  const jsonDiagnostics = await service.doValidation(analysis.parseDocument, analysis.jsonDocument, {
    comments: 'error', trailingCommas: 'error', schemaRequest: 'ignore',
    schemaValidation: analysis.limits.level === 'full' ? 'error' : 'ignore',
  });
  // Each schema problem gets the severity of the constraint that produced it (schemaSeverity.ts).
  const constraintProblems = jsonDiagnostics.filter(d => builtinCode(d)?.code === 'schema' && d.code !== ErrorCode.Deprecated);
  const levels = await schemaSeverities(service, analysis.parseDocument, analysis.jsonDocument, constraintProblems);
  mapBuiltinDiagnostics(out, analysis, settings, jsonDiagnostics, new Map(constraintProblems.map((d, i) => [d, levels[i]])));
  const superseded = runRules(out, analysis, options);
  return superseded.size ? withoutSuperseded(out, analysis, superseded) : out;
}

const level = (settings: EngineSettings, code: string, fallback: Severity): RuleLevel => settings.rules[code] ?? fallback;

function pushBuiltin(out: Diagnostic[], d: Diagnostic, code: string, lvl: RuleLevel): void {
  if (lvl === 'off') return;
  d.severity = SEVERITY[lvl];
  d.code = code;
  d.source = SOURCE;
  out.push(d);
}

function bomDiagnostic(): Diagnostic {
  const bom = Diagnostic.create(Range.create(0, 0, 0, 1),
    'Byte order mark (BOM) at the start of the file: paconn loads apiProperties.json as strict JSON and fails on it. Save the file as UTF-8 without BOM.',
    DiagnosticSeverity.Error);
  bom.data = { kind: 'bom' };
  return bom;
}

/** The JSON service's diagnostics, with our codes, messages and severities. */
function mapBuiltinDiagnostics(out: Diagnostic[], analysis: Analysis, settings: EngineSettings, jsonDiagnostics: Diagnostic[], constraintLevel: Map<Diagnostic, Severity>): void {
  const duplicateMemo = new Map<ASTNode, Map<string, boolean>>();
  // Copies: the JSON service hands out the parsed document's cached syntax errors, which a second validation of the
  // same version would otherwise see with our code/message already written into them.
  for (const original of jsonDiagnostics) {
    const d: Diagnostic = { ...original };
    const found = builtinCode(d);
    if (!found) continue;
    const constraint = constraintLevel.get(original);
    const mapped = { code: found.code, severity: constraint ?? found.severity };
    const numeric = typeof d.code === 'number' ? d.code : undefined;
    if (numeric !== undefined && STRICT_MESSAGES[numeric]) {
      d.message = STRICT_MESSAGES[numeric];
      d.data = { kind: numeric === ErrorCode.TrailingComma ? 'trailing-comma' : 'comment' };
    } else if (mapped.code === 'duplicate-key') {
      const key = analysis.document.getText(d.range);
      if (duplicatesAgree(analysis, d.range, duplicateMemo)) {
        // Every copy holds the same value: whichever the loader keeps, nothing is lost (seen in a shipped connector).
        mapped.severity = 'warning';
        d.message = `Duplicate key ${key} with the same value each time: loaders keep one copy, so nothing is lost, but it is non-standard. Remove the repeated member.`;
      } else {
        d.message = `Duplicate key ${key}: paconn and the service keep only the last value, so the other one is silently lost. Remove or merge one of them.`;
      }
    } else if (mapped.code === 'schema') {
      if (typeof d.message === 'string') d.message = explainSchemaMessage(d.message, constraint);
    }
    pushBuiltin(out, d, mapped.code, level(settings, mapped.code, mapped.severity));
  }
}

/**
 * Runs every enabled rule, appending its findings to `out`. Returns the ranges (offset:length) the rules reported;
 * the schema's generic message at the same place is then dropped.
 */
function runRules(out: Diagnostic[], analysis: Analysis, options: ValidationOptions): Set<string> {
  const { settings } = options;
  const rules = options.rules ?? RULES;
  const superseded = new Set<string>();
  if (!rules.length || !analysis.jsonDocument.root || analysis.limits.level !== 'full') return superseded;
  const model = analysis.model;
  const text = analysis.document.getText();
  const docsBase = options.docsBase ?? DEFAULT_DOCS_BASE;
  for (const rule of rules) {
    const lvl = level(settings, rule.id, rule.severity);
    if (lvl === 'off') continue;
    if (rule.profiles && !rule.profiles.includes(options.profile)) continue;
    const overridden = settings.rules[rule.id] !== undefined;
    const report = (f: Finding) => {
      const range = findingRange(analysis, f);
      if (!range) return;
      const severity = overridden ? lvl as Severity : (f.severity ?? lvl as Severity);
      const d = Diagnostic.create(range, f.message, SEVERITY[severity], rule.id, SOURCE);
      d.codeDescription = { href: docsBase + rule.id + '.md' };
      d.data = { ruleId: rule.id, ...(f.data ?? {}), ...(f.fixes?.length ? { fixes: f.fixes } : {}) };
      out.push(d);
      // A cross-file finding (about the swagger) never stands in for a schema problem at the same key.
      if (rule.category === 'swagger') return;
      for (const n of [f.node, ...(f.supersedes ?? [])]) if (n) superseded.add(n.offset + ':' + n.length);
      if (f.offset !== undefined) superseded.add(f.offset + ':' + (f.length ?? 0));
    };
    try {
      rule.check(model, { text, uri: analysis.uri, profile: options.profile, swagger: options.swagger, report });
    } catch (error) {
      options.onRuleError?.(rule.id, error);
    }
  }
  return superseded;
}

/** A rule reporting what the schema also flags says it better (what to do, often a quick fix): keep one report. */
function withoutSuperseded(out: Diagnostic[], analysis: Analysis, superseded: Set<string>): Diagnostic[] {
  const doc = analysis.document;
  return out.filter(d => d.code !== 'schema' || !superseded.has(doc.offsetAt(d.range.start) + ':' + (doc.offsetAt(d.range.end) - doc.offsetAt(d.range.start))));
}

/** Adds the "how to fix it" to vscode-json-languageservice's terse schema messages, and says when it is tolerated. */
function explainSchemaMessage(message: string, level?: Severity): string {
  let text = message;
  if (/^Property .* is not allowed\.$/.test(message)) {
    text = message.slice(0, -1) + ' here. Remove it, or fix its spelling (completion lists the keys allowed at this place).';
  } else if (/^Missing property /.test(message)) {
    text = message.replace(/\.?$/, '.') + ' Add it (completion inserts it).';
  }
  // A warning-level constraint: what the file does is accepted, only not the documented form.
  return level === 'warning' && !/tolerates/.test(text) ? `${text} ${TOLERATED}` : text;
}

/** Said by every warning-level schema finding (a constraint only the official schema or the corpus justifies). */
export const TOLERATED = 'The platform tolerates this, but it is non-standard.';

/**
 * Whether every member with the key at `range` in its object has the same value (compared as JSON text, spacing
 * outside strings aside). Memoised per object, so a file with thousands of copies of one key stays linear.
 */
function duplicatesAgree(analysis: Analysis, range: Range, memo: Map<ASTNode, Map<string, boolean>>): boolean {
  const doc = analysis.parseDocument;
  const key = analysis.jsonDocument.getNodeFromOffset(doc.offsetAt(range.start), true);
  const property = key?.parent?.type === 'property' ? key.parent : undefined;
  const object = property?.parent;
  if (!property || object?.type !== 'object') return false;
  let agree = memo.get(object);
  if (!agree) {
    const text = doc.getText();
    const canonical = (n: ASTNode | undefined) => n ? text.slice(n.offset, n.offset + n.length).replace(/"(?:[^"\\]|\\.)*"|\s+/g, m => m.startsWith('"') ? m : '') : undefined;
    const first = new Map<string, string | undefined>();
    agree = new Map();
    for (const p of object.properties) {
      const name = p.keyNode.value;
      const value = canonical(p.valueNode);
      if (!first.has(name)) { first.set(name, value); agree.set(name, value !== undefined); }
      else if (value === undefined || value !== first.get(name)) agree.set(name, false);
    }
    memo.set(object, agree);
  }
  return agree.get(property.keyNode.value) ?? false;
}

function findingRange(analysis: Analysis, f: Finding): Range | undefined {
  const doc = analysis.document;
  let offset: number | undefined;
  let length: number | undefined;
  if (f.node) { offset = f.node.offset; length = f.node.length; }
  if (f.offset !== undefined) { offset = f.offset; length = f.length ?? 0; }
  if (offset === undefined || length === undefined) return undefined;
  return Range.create(doc.positionAt(offset), doc.positionAt(offset + length));
}
