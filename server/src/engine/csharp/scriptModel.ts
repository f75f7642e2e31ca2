// What the checks of a connector script (script.csx) need, read once from its tokens: the using directives, the
// classes and their base types, the ExecuteAsync method, `new HttpClient(...)`, bracket balance, and every operation
// id the code compares with `Context.OperationId` (==, !=, Equals, string.Equals, switch cases and switch
// expressions, through string constants and local copies of the id).
import { Token, tokenize } from './tokenizer';

/** `using X.Y;` (offset/length: the name `X.Y`); `static` for `using static T;`, `alias` for `using A = X.Y;`. */
export interface UsingDirective { namespace: string; offset: number; length: number; static?: boolean; alias?: string }
export interface ClassDecl { name: Token; bases: Token[]; open?: Token; close?: Token }
export interface MethodDecl { name: Token; modifiers: string[]; returnType: string; returnStart: Token }
/** An operation id the code tests for; `token` is the string literal (or the constant's name) in the comparison. */
export interface OperationIdUse { value: string; token: Token; literal: Token; ignoreCase: boolean }
export interface SyntaxProblem { message: string; offset: number; length: number }

export interface ScriptModel {
  tokens: Token[];
  usings: UsingDirective[];
  classes: ClassDecl[];
  /** `ExecuteAsync` declarations inside the `Script` class (or anywhere when there is no such class). */
  executeAsync: MethodDecl[];
  httpClients: Token[];
  operationIds: OperationIdUse[];
  /** True when the code reads `Context.OperationId` somewhere this model cannot follow (not compared with a literal). */
  operationIdOpaque: boolean;
  syntax: SyntaxProblem[];
}

const OPEN: Record<string, string> = { '{': '}', '(': ')', '[': ']' };
const CLOSE: Record<string, string> = { '}': '{', ')': '(', ']': '[' };
const MODIFIERS = new Set(['public', 'private', 'protected', 'internal', 'static', 'override', 'virtual', 'async', 'sealed', 'new', 'abstract', 'extern', 'unsafe', 'partial', 'readonly']);
const CASE_FOLDING = new Set(['ToLower', 'ToLowerInvariant', 'ToUpper', 'ToUpperInvariant']);

export function buildScriptModel(text: string): ScriptModel {
  const all = tokenize(text);
  const syntax: SyntaxProblem[] = [];
  for (const t of all) {
    if (!t.unterminated) continue;
    const what = t.kind === 'comment' ? 'comment' : t.kind === 'char' ? 'character literal' : 'string';
    syntax.push({ message: `Unterminated ${what}: the file ends (or the line ends) before it is closed. Close it, or check that the file is not truncated.`, offset: t.offset, length: Math.min(t.length, 1) || 1 });
  }
  const tokens = all.filter(t => t.kind !== 'comment' && t.kind !== 'preprocessor');
  const partner = matchBrackets(tokens, syntax);
  const model: ScriptModel = { tokens, usings: [], classes: [], executeAsync: [], httpClients: [], operationIds: [], operationIdOpaque: false, syntax };
  readDeclarations(model, partner);
  readOperationIds(model, partner);
  return model;
}

/** Pairs brackets (index of the partner, or -1); reports each one without a partner. */
function matchBrackets(tokens: Token[], syntax: SyntaxProblem[]): Int32Array {
  const partner = new Int32Array(tokens.length).fill(-1);
  const stack: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'punct') return;
    if (OPEN[t.text]) { stack.push(i); return; }
    const want = CLOSE[t.text];
    if (!want) return;
    const top = stack.length ? stack[stack.length - 1] : -1;
    if (top >= 0 && tokens[top].text === want) { stack.pop(); partner[top] = i; partner[i] = top; return; }
    syntax.push({ message: `Unexpected "${t.text}": it closes nothing${top >= 0 ? ` ("${tokens[top].text}" is still open)` : ''}. Remove it or add its opening "${want}".`, offset: t.offset, length: t.length });
  });
  for (const i of stack) {
    syntax.push({ message: `"${tokens[i].text}" is never closed: add "${OPEN[tokens[i].text]}" (is the file truncated?).`, offset: tokens[i].offset, length: tokens[i].length });
  }
  return partner;
}

const is = (t: Token | undefined, text: string) => !!t && (t.kind === 'punct' || t.kind === 'identifier') && t.text === text;

function readDeclarations(model: ScriptModel, partner: Int32Array): void {
  const t = model.tokens;
  let braceDepth = 0;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    if (is(tok, '{')) braceDepth++;
    else if (is(tok, '}')) braceDepth--;
    // using X.Y; / using static X.Y; / using A = X.Y; / global using X; — not the using statement `using (...)`.
    if (is(tok, 'using') && !is(t[i + 1], '(') && (braceDepth === 0 || isNamespaceBody(t, i))) {
      let j = i + 1;
      const isStatic = is(t[j], 'static');
      if (isStatic) j++;
      const alias = t[j + 1] && is(t[j + 1], '=') ? t[j].text : undefined;
      if (alias !== undefined) j += 2;
      const start = j;
      const parts: string[] = [];
      while (t[j] && (t[j].kind === 'identifier' || is(t[j], '.'))) { parts.push(t[j].text); j++; }
      if (parts.length && is(t[j], ';')) {
        const last = t[j - 1];
        model.usings.push({ namespace: parts.join(''), offset: t[start].offset, length: last.offset + last.length - t[start].offset,
          ...(isStatic ? { static: true } : {}), ...(alias !== undefined ? { alias } : {}) });
      }
      continue;
    }
    if (is(tok, 'class') && t[i + 1]?.kind === 'identifier') {
      const decl: ClassDecl = { name: t[i + 1], bases: [] };
      let j = i + 2;
      if (is(t[j], '<')) { while (j < t.length && !is(t[j], '>')) j++; j++; }
      if (is(t[j], ':')) {
        j++;
        while (t[j] && !is(t[j], '{') && !is(t[j], 'where')) {
          if (t[j].kind === 'identifier' && !is(t[j + 1], '.')) decl.bases.push(t[j]);
          j++;
        }
      }
      while (t[j] && !is(t[j], '{') && !is(t[j], ';')) j++;
      if (is(t[j], '{')) { decl.open = t[j]; decl.close = partner[j] >= 0 ? t[partner[j]] : undefined; }
      model.classes.push(decl);
      continue;
    }
    if (tok.kind === 'identifier' && tok.text === 'ExecuteAsync' && is(t[i + 1], '(') && isDeclaration(t, i)) {
      const modifiers: string[] = [];
      let k = i - 1;
      // The return type: tokens back to the first modifier (or statement boundary).
      while (k >= 0 && !MODIFIERS.has(t[k].text) && !is(t[k], ';') && !is(t[k], '{') && !is(t[k], '}') && !is(t[k], ']')) k--;
      const returnStart = t[k + 1];
      const returnType = t.slice(k + 1, i).map(x => x.text).join('');
      while (k >= 0 && MODIFIERS.has(t[k].text)) { modifiers.push(t[k].text); k--; }
      model.executeAsync.push({ name: tok, modifiers, returnType, returnStart });
    }
    if (is(tok, 'new') && is(t[i + 1], 'HttpClient') && is(t[i + 2], '(')) model.httpClients.push(t[i + 1]);
    if (is(tok, 'new') && is(t[i + 1], 'System') && is(t[i + 3], 'Net') && is(t[i + 5], 'Http') && is(t[i + 7], 'HttpClient')) model.httpClients.push(t[i + 7]);
  }
}

/** True inside `namespace X { ... }` at its top level (usings may sit there). */
function isNamespaceBody(t: Token[], i: number): boolean {
  let depth = 0;
  for (let k = i - 1; k >= 0; k--) {
    if (is(t[k], '}')) depth++;
    else if (is(t[k], '{')) {
      if (depth === 0) {
        let j = k - 1;
        while (j >= 0 && (t[j].kind === 'identifier' || is(t[j], '.'))) j--;
        return is(t[j + 1], 'namespace');
      }
      depth--;
    }
  }
  return false;
}

/** `ExecuteAsync(` is a declaration when a type precedes it (not `.`, `=`, `return`, `await`, an operator). */
function isDeclaration(t: Token[], i: number): boolean {
  const prev = t[i - 1];
  if (!prev) return false;
  if (prev.kind === 'identifier') return !['return', 'await', 'new', 'throw', 'in', 'is', 'as'].includes(prev.text);
  return is(prev, '>') || is(prev, ']');
}

// ---- operation ids -------------------------------------------------------------------------------------------------

function readOperationIds(model: ScriptModel, partner: Int32Array): void {
  const t = model.tokens;
  const constants = new Map<string, Token>();
  // `const string X = "..."` and `static readonly string X = "..."` (string-typed constants of the script).
  for (let i = 0; i + 3 < t.length; i++) {
    if (t[i].kind === 'identifier' && is(t[i + 1], '=') && t[i + 2].kind === 'string' && t[i + 2].value !== undefined && is(t[i + 3], ';') && is(t[i - 1], 'string')
      && (is(t[i - 2], 'const') || is(t[i - 2], 'readonly'))) {
      constants.set(t[i].text, t[i + 2]);
    }
  }
  const aliases = new Set<string>();
  const foldedAliases = new Set<string>();
  const ops: { start: number; end: number; ignoreCase: boolean }[] = [];
  // First pass: `Context.OperationId` (with `this.`), its case-folded forms, and locals assigned from it.
  for (let i = 0; i < t.length; i++) {
    let end = -1;
    let start = i;
    if (is(t[i], 'Context') && is(t[i + 1], '.') && is(t[i + 2], 'OperationId') && !is(t[i - 1], '.')) end = i + 3;
    else if (is(t[i], 'this') && is(t[i + 1], '.') && is(t[i + 2], 'Context') && is(t[i + 3], '.') && is(t[i + 4], 'OperationId')) { end = i + 5; }
    else if (t[i].kind === 'identifier' && aliases.has(t[i].text) && !is(t[i - 1], '.') && !is(t[i + 1], '=')) end = i + 1;
    if (end < 0) continue;
    let ignoreCase = false;
    while (is(t[end], '.') && t[end + 1] && (CASE_FOLDING.has(t[end + 1].text) || t[end + 1].text === 'Trim') && is(t[end + 2], '(') && is(t[end + 3], ')')) {
      if (CASE_FOLDING.has(t[end + 1].text)) ignoreCase = true;
      end += 4;
    }
    // `var id = this.Context.OperationId;` makes `id` another name for it.
    if (is(t[end], ';') && is(t[start - 1], '=') && t[start - 2]?.kind === 'identifier' && (is(t[start - 3], 'var') || is(t[start - 3], 'string'))) {
      aliases.add(t[start - 2].text);
      if (ignoreCase) foldedAliases.add(t[start - 2].text);
      continue;
    }
    if (t[i].kind === 'identifier' && foldedAliases.has(t[i].text)) ignoreCase = true;
    ops.push({ start, end, ignoreCase });
    i = end - 1;
  }

  const literalAt = (k: number): { token: Token; literal: Token; value: string } | undefined => {
    const tok = t[k];
    if (!tok) return undefined;
    if (tok.kind === 'string' && tok.value !== undefined) return { token: tok, literal: tok, value: tok.value };
    if (tok.kind === 'identifier' && constants.has(tok.text) && !is(t[k + 1], '.') && !is(t[k + 1], '(')) {
      const lit = constants.get(tok.text)!;
      return { token: tok, literal: lit, value: lit.value! };
    }
    return undefined;
  };
  const add = (k: number, ignoreCase: boolean) => {
    const lit = literalAt(k);
    if (lit) model.operationIds.push({ value: lit.value, token: lit.token, literal: lit.literal, ignoreCase });
  };
  const ignoreCaseIn = (from: number, to: number) => t.slice(from, to).some(x => x.kind === 'identifier' && /IgnoreCase$/.test(x.text));

  for (const { start, end, ignoreCase } of ops) {
    const before = model.operationIds.length;
    compare(start, end, ignoreCase);
    // Read but not compared with a literal (passed on, logged, compared with a variable): what it handles is unknown.
    if (model.operationIds.length === before) model.operationIdOpaque = true;
  }

  function compare(start: number, end: number, ignoreCase: boolean): void {
    // op == "x", op != "x"
    if (is(t[end], '==') || is(t[end], '!=')) add(end + 1, ignoreCase);
    // "x" == op
    if (is(t[start - 1], '==') || is(t[start - 1], '!=')) add(start - 2, ignoreCase);
    // op.Equals("x"[, StringComparison...])
    if (is(t[end], '.') && is(t[end + 1], 'Equals') && is(t[end + 2], '(')) {
      const close = partner[end + 2];
      add(end + 3, ignoreCase || (close > 0 && ignoreCaseIn(end + 3, close)));
    }
    // "x".Equals(op[, ...]) and string.Equals(a, b[, ...])
    if (is(t[start - 1], '(') && is(t[start - 2], 'Equals') && is(t[start - 3], '.')) {
      const close = partner[start - 1];
      const ic = ignoreCase || (close > 0 && ignoreCaseIn(start, close));
      if (is(t[start - 4], 'string') || is(t[start - 4], 'String')) { if (is(t[end], ',')) add(end + 1, ic); }
      else add(start - 4, ic);
    }
    if (is(t[start - 1], ',') && is(t[start - 3], '(') && is(t[start - 4], 'Equals') && (is(t[start - 6], 'string') || is(t[start - 6], 'String'))) {
      const close = partner[start - 3];
      add(start - 2, ignoreCase || (close > 0 && ignoreCaseIn(start, close)));
    }
    // switch (op) { case "x": ... }
    if (is(t[start - 1], '(') && is(t[start - 2], 'switch') && is(t[end], ')') && is(t[end + 1], '{')) {
      const close = partner[end + 1];
      let depth = 0;
      for (let k = end + 2; k < (close > 0 ? close : t.length); k++) {
        if (is(t[k], '{')) depth++;
        else if (is(t[k], '}')) depth--;
        else if (depth === 0 && is(t[k], 'case')) add(k + 1, ignoreCase);
      }
    }
    // op switch { "x" => ..., _ => ... }
    if (is(t[end], 'switch') && is(t[end + 1], '{')) {
      const close = partner[end + 1];
      let depth = 0;
      for (let k = end + 2; k < (close > 0 ? close : t.length); k++) {
        if (is(t[k], '{') || is(t[k], '(') || is(t[k], '[')) depth++;
        else if (is(t[k], '}') || is(t[k], ')') || is(t[k], ']')) depth--;
        else if (depth === 0 && is(t[k + 1], '=>') && (is(t[k - 1], '{') || is(t[k - 1], ','))) add(k, ignoreCase);
      }
    }
  }
}
