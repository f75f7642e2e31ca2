// Checks of a connector's custom code (script.csx), from its script model and, when known, the connector's swagger
// operations and apiProperties `scriptOperations`. Requirements are those of the Learn page "Write code in a custom
// connector": a class `Script` deriving from `ScriptBase`, `public override Task<HttpResponseMessage> ExecuteAsync()`,
// requests through `this.Context.SendAsync` rather than an HttpClient of its own, and less than 1 MB of code.
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-json-languageservice';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EngineSettings, RuleLevel, Severity } from '../settings';
import { DEFAULT_DOCS_BASE, SOURCE, toDiagnosticSeverity } from '../validation';
import { nearest } from '../rules/util';
import { isSupportedImport } from './namespaces';
import { buildScriptModel, OperationIdUse, ScriptModel } from './scriptModel';
import type { Token } from './tokenizer';

export const SCRIPT_RULES = {
  'script-syntax': { severity: 'error', description: 'The code does not parse: an unbalanced bracket, or an unterminated string, character literal or comment (often a truncated file).' },
  'script-class': { severity: 'error', description: 'No class derives from `ScriptBase` (error), or the one that does is not named `Script` (warning).' },
  'script-execute-async': { severity: 'error', description: 'The `Script` class has no `ExecuteAsync` method, or it is not `override` or does not return `Task<HttpResponseMessage>`.' },
  'script-http-client': { severity: 'warning', description: 'The code creates its own `HttpClient` instead of sending through `this.Context.SendAsync`.' },
  'script-size': { severity: 'error', description: 'The code is 1 MB or larger; the platform takes less than 1 MB.' },
  'script-code-operation-unknown': { severity: 'warning', description: 'The code compares `Context.OperationId` with an id that is no operationId of the swagger.' },
  'script-code-operation-not-listed': { severity: 'warning', description: 'The code handles an operation that `scriptOperations` in apiProperties.json does not list, so the code never runs for it.' },
  'script-operation-not-handled': { severity: 'information', description: '`scriptOperations` routes operations to the code that it never compares `Context.OperationId` with; they take its general path.' },
  'script-namespace-unsupported': { severity: 'warning', description: 'A `using` directive imports a namespace that is not on the documented list of supported namespaces; certification rejects it.' },
} as const satisfies Record<string, { severity: Severity; description: string }>;

export type ScriptRuleId = keyof typeof SCRIPT_RULES;

/** apiProperties' `scriptOperations` without a script.csx beside it (reported on apiProperties.json). */
export const SCRIPT_MISSING_CODE = 'script-missing';

/** The platform's limit on custom code: "less than 1 MB". */
export const SCRIPT_MAX_BYTES = 1024 * 1024;

export interface ScriptContext {
  /** The swagger's operationIds, when the connector's swagger was found and read. */
  operationIds?: ReadonlySet<string>;
  /** apiProperties `scriptOperations`, when the connector's apiProperties.json was found and read. */
  scriptOperations?: readonly string[];
  /** Where that array is (its value node), so a fix can add to it: the apiProperties uri and the array's span. */
  scriptOperationsAt?: { uri: string; offset: number; length: number };
  settings?: EngineSettings;
  docsBase?: string;
}

export function checkScript(document: TextDocument, context: ScriptContext = {}, model: ScriptModel = buildScriptModel(document.getText())): Diagnostic[] {
  if (context.settings?.validate === false) return [];
  const out: Diagnostic[] = [];
  const docsBase = context.docsBase ?? DEFAULT_DOCS_BASE;
  const report = (id: ScriptRuleId, offset: number, length: number, message: string, severity?: Severity, data?: Record<string, unknown>) => {
    const level: RuleLevel = context.settings?.rules[id] ?? severity ?? SCRIPT_RULES[id].severity;
    if (level === 'off') return;
    const d = Diagnostic.create(Range.create(document.positionAt(offset), document.positionAt(offset + length)), message,
      toDiagnosticSeverity(level) as DiagnosticSeverity, id, SOURCE);
    d.codeDescription = { href: docsBase + id + '.md' };
    d.data = { ruleId: id, ...data };
    out.push(d);
  };
  const text = document.getText();

  const bytes = byteLength(text);
  if (bytes >= SCRIPT_MAX_BYTES) {
    report('script-size', 0, 0, `The code is ${(bytes / 1024 / 1024).toFixed(2)} MB; custom code must be less than 1 MB. Move work out of the script (policies, the backend) or shorten it.`);
  }
  for (const p of model.syntax) report('script-syntax', p.offset, p.length, p.message);

  for (const u of model.usings) {
    if (isSupportedImport(u.namespace, !!u.static || u.alias !== undefined)) continue;
    report('script-namespace-unsupported', u.offset, u.length,
      `"${u.namespace}" is not on the list of namespaces custom code may use ("Write code in a custom connector"): certification rejects the script, and the platform may not load it. Use a supported namespace or remove this using.`);
  }

  const derived = model.classes.filter(c => c.bases.some(b => b.text === 'ScriptBase'));
  const script = derived.find(c => c.name.text === 'Script') ?? derived[0];
  if (!derived.length) {
    const named = model.classes.find(c => c.name.text === 'Script');
    if (named) report('script-class', named.name.offset, named.name.length, 'Class "Script" does not derive from ScriptBase: the platform runs only a class Script : ScriptBase. Declare it as "public class Script : ScriptBase".');
    else if (!model.syntax.length) report('script-class', 0, 0, 'No class derives from ScriptBase: custom code must declare "public class Script : ScriptBase" with an ExecuteAsync method.');
  } else if (script.name.text !== 'Script') {
    report('script-class', script.name.offset, script.name.length,
      `The class deriving from ScriptBase is named "${script.name.text}"; the documentation requires "Script". Rename it to Script.`, 'warning');
  }

  if (script) {
    const inside = (o: number) => !!script.open && o > script.open.offset && (!script.close || o < script.close.offset);
    const methods = model.executeAsync.filter(m => inside(m.name.offset));
    if (!methods.length) {
      report('script-execute-async', script.name.offset, script.name.length,
        `Class "${script.name.text}" has no ExecuteAsync method: add "public override async Task<HttpResponseMessage> ExecuteAsync()", which the platform calls for every operation the code handles.`);
    }
    for (const m of methods) {
      if (!m.modifiers.includes('override')) {
        report('script-execute-async', m.name.offset, m.name.length, 'ExecuteAsync is not declared "override": it does not implement ScriptBase.ExecuteAsync, so the code does not compile. Add "override".');
      }
      if (m.returnType.replace(/\s/g, '') !== 'Task<HttpResponseMessage>' && !/^(System\.Threading\.Tasks\.)?Task<(System\.Net\.Http\.)?HttpResponseMessage>$/.test(m.returnType)) {
        report('script-execute-async', m.returnStart.offset, m.name.offset - m.returnStart.offset,
          `ExecuteAsync returns ${m.returnType || 'nothing'}; it must return Task<HttpResponseMessage>.`);
      }
    }
  }

  for (const h of model.httpClients) {
    report('script-http-client', h.offset, h.length, 'The code creates its own HttpClient: send requests with "await this.Context.SendAsync(request, this.CancellationToken)", which the platform provides (and which honours its time limit and cancellation).');
  }

  // Lower-cased operationIds, for comparisons the code makes ignoring case.
  const lower = context.operationIds && new Map([...context.operationIds].map(id => [id.toLowerCase(), id]));
  const knownOperation = (use: OperationIdUse) => !context.operationIds || context.operationIds.has(use.value) || (use.ignoreCase && !!lower?.has(use.value.toLowerCase()));
  if (context.operationIds && lower) {
    const ids = [...context.operationIds];
    for (const use of model.operationIds) {
      if (knownOperation(use)) continue;
      const suggestion = lower.get(use.value.toLowerCase()) ?? nearest(use.value, ids);
      report('script-code-operation-unknown', use.token.offset, use.token.length,
        `"${use.value}" is no operationId of the swagger, so this branch never runs.${suggestion ? ` Did you mean "${suggestion}"?` : ' Use an operationId of apiDefinition.swagger.json.'}`,
        undefined, suggestion ? { suggestion, literal: { offset: use.literal.offset, length: use.literal.length }, ...replaceLiteral(text, use.literal, suggestion) } : undefined);
    }
  }

  if (context.scriptOperations) {
    const listed = new Set(context.scriptOperations);
    const listedLower = new Set(context.scriptOperations.map(s => s.toLowerCase()));
    const seen = new Set<string>();
    for (const use of model.operationIds) {
      if (listed.has(use.value) || (use.ignoreCase && listedLower.has(use.value.toLowerCase()))) continue;
      if (!knownOperation(use)) continue; // reported as unknown
      if (seen.has(use.value)) continue;
      seen.add(use.value);
      report('script-code-operation-not-listed', use.token.offset, use.token.length,
        `The code handles "${use.value}", but scriptOperations in apiProperties.json does not list it, so the code never runs for that operation. Add "${use.value}" to scriptOperations.`,
        undefined, { operationId: use.value, ...(context.scriptOperationsAt ? { scriptOperationsAt: context.scriptOperationsAt } : {}) });
    }
    // Listed operations the code never tests for: only when it tests for some, and every test is one this model
    // follows (otherwise a comparison it cannot read may handle them).
    if (listed.size && model.operationIds.length && !model.operationIdOpaque) {
      const mentioned = (id: string) => model.operationIds.some(u => u.value === id || (u.ignoreCase && u.value.toLowerCase() === id.toLowerCase()));
      const missing = [...new Set(context.scriptOperations)].filter(id => !mentioned(id));
      const at = script?.name ?? model.executeAsync[0]?.name;
      if (missing.length && at) {
        const names = missing.map(id => `"${id}"`).join(', ');
        report('script-operation-not-handled', at.offset, at.length,
          `scriptOperations routes ${names} to this code, but the code never compares Context.OperationId with ${missing.length > 1 ? 'them' : 'it'}: ${missing.length > 1 ? 'they take' : 'it takes'} its general path (usually forwarded unchanged). Handle ${missing.length > 1 ? 'them' : 'it'}, or remove ${missing.length > 1 ? 'them' : 'it'} from scriptOperations.`,
          undefined, { operationIds: missing });
      }
    }
  }
  return out;
}

/**
 * The edit that puts `id` in place of a string literal's content, as FixData `replaceText` (oldText guards it), when
 * the literal is a plain or verbatim string and the id needs no escaping; otherwise nothing (no fix offered).
 */
function replaceLiteral(text: string, literal: Token, id: string): { fix?: { kind: 'replaceText'; title: string; offset: number; length: number; oldText: string; newText: string } } {
  if (literal.kind !== 'string' || literal.interpolated || /["\\{}\r\n]/.test(id)) return {};
  const raw = text.slice(literal.offset, literal.offset + literal.length);
  const m = /^(@?")(.*)"$/s.exec(raw);
  if (!m || m[2].startsWith('""')) return {};
  const offset = literal.offset + m[1].length;
  return { fix: { kind: 'replaceText', title: `Change to "${id}"`, offset, length: m[2].length, oldText: m[2], newText: id } };
}

function byteLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}
