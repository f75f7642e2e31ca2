// Breaking changes against a base version, as diagnostics of the new document: the swagger's operations and
// outputs, or apiProperties' connection parameters. Severity follows the pipeline: it fails certified and
// Independent Publisher pull requests (error); for a custom connector it is advice (warning).
import type { Node as JsonNode } from 'jsonc-parser';
import { parse } from '../codeActions/jsonEdits';
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-json-languageservice';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EngineSettings, Profile, RuleLevel } from '../settings';
import { DEFAULT_DOCS_BASE, SOURCE, toDiagnosticSeverity } from '../validation';
import { compareConnectionParameters } from './compareConnection';
import { compareSwaggers, readSwagger } from './compareSwaggers';
import { BASE_MISSING_CODE, BREAKING_RULES, BreakingFinding, BreakingResult, BreakingRuleId, DocPath } from './types';

export { BASE_MISSING_CODE, BREAKING_RULES, compareSwaggers, compareConnectionParameters, readSwagger };
export type { BreakingFinding, BreakingResult, BreakingRuleId };

export type ComparedKind = 'swagger' | 'apiProperties';

/** Findings of `newText` against `baseText`; `problem` when one side cannot be read (nothing is compared then). */
export function compareTexts(kind: ComparedKind, baseText: string, newText: string): BreakingResult {
  return compareWithBase(kind, readSwagger(baseText), newText);
}

/**
 * compareTexts with the base already read (readSwagger): the editor reads a base once and compares every version of
 * the document with it. The comparison only reads `base`.
 */
export function compareWithBase(kind: ComparedKind, base: ReturnType<typeof readSwagger>, newText: string): BreakingResult {
  if (!base.doc) return { findings: [], problem: `the base version is ${base.problem}` };
  const next = readSwagger(newText);
  if (!next.doc) return { findings: [], problem: `the file is ${next.problem}` };
  return { findings: kind === 'swagger' ? compareSwaggers(base.doc, next.doc) : compareConnectionParameters(base.doc, next.doc) };
}

export function defaultBreakingLevel(profile: Profile): 'error' | 'warning' {
  return profile === 'custom' ? 'warning' : 'error';
}

export interface BreakingDiagnosticsOptions {
  profile: Profile;
  settings?: EngineSettings;
  docsBase?: string;
  /** Where the base came from (`HEAD`, `origin/dev`, a path), for messages. */
  baseLabel?: string;
  /** The document's tree (jsonc-parser's shape) when the caller has it already: the editor's swagger model. */
  tree?: JsonNode;
}

/** The findings as diagnostics of `document`, with exact ranges, codes, doc links and the validator's ValuePath. */
export function breakingDiagnostics(document: TextDocument, findings: readonly BreakingFinding[], options: BreakingDiagnosticsOptions): Diagnostic[] {
  if (!findings.length || options.settings?.validate === false) return [];
  const text = document.getText();
  let tree = options.tree;
  if (!tree) {
    try {
      tree = parse(text);
    } catch {
      tree = undefined; // nested too deeply for jsonc-parser: findings fall back to the start of the file
    }
  }
  const docsBase = options.docsBase ?? DEFAULT_DOCS_BASE;
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const level: RuleLevel = options.settings?.rules[f.ruleId] ?? defaultBreakingLevel(options.profile);
    if (level === 'off') continue;
    const span = locate(tree, f.at, !!f.key) ?? { offset: 0, length: 0 };
    const range = Range.create(document.positionAt(span.offset), document.positionAt(span.offset + span.length));
    const d = Diagnostic.create(range, f.message, toDiagnosticSeverity(level) as DiagnosticSeverity, f.ruleId, SOURCE);
    d.codeDescription = { href: docsBase + f.ruleId + '.md' };
    d.data = { ruleId: f.ruleId, validatorName: BREAKING_RULES[f.ruleId].validator, valuePath: f.valuePath, ...(options.baseLabel ? { base: options.baseLabel } : {}), ...(f.operationId ? { operationId: f.operationId } : {}) };
    out.push(d);
  }
  return out;
}

/**
 * The node at `path` (the last of duplicate keys, as JSON.parse reads them), or its key when `key` is set; the
 * deepest node that exists when the path runs out.
 */
export function locate(root: JsonNode | undefined, path: DocPath, key: boolean): { offset: number; length: number } | undefined {
  let node = root;
  let keyNode: JsonNode | undefined;
  for (const seg of path) {
    if (!node) break;
    let next: JsonNode | undefined;
    let nextKey: JsonNode | undefined;
    if (node.type === 'object' && typeof seg === 'string') {
      for (const p of node.children ?? []) {
        if (p.children?.[0]?.value === seg) { next = p.children[1]; nextKey = p.children[0]; }
      }
    } else if (node.type === 'array' && typeof seg === 'number') {
      next = node.children?.[seg];
      nextKey = undefined;
    }
    if (!next) break;
    node = next;
    keyNode = nextKey;
  }
  if (!node) return undefined;
  const target = key && keyNode ? keyNode : node;
  return { offset: target.offset, length: target.length };
}
