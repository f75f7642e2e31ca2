// Severity per schema constraint. vscode-json-languageservice gives every schema problem one severity (the
// `schemaValidation` setting); it has no per-constraint level. So each schema problem is mapped back to the
// constraint that produced it, and that constraint's annotation in schemas/apiProperties.schema.json decides:
//
//   "x-severity": { "<keyword>": "error" },   "x-why": { "<keyword>": "<reason, with its source>" }
//
// Only constraints annotated "error" (each with its reason) give an error; every other schema problem is a warning:
// what only the official schema or the corpus's habits justify is non-standard, not broken (docs/severity-audit.md).
//
// The mapping: the language service records, for every node it validates, the (sub)schemas applied to it
// (getMatchingSchemas, the same traversal that produced the problems). A problem's range is the node at fault (type,
// enum, const, pattern, not, ...), a key (`additionalProperties` of the enclosing object; `propertyNames` of the key
// itself) or, for a missing member, the key of the object that lacks it. Its message has one fixed shape per
// keyword, or is the schema's own `errorMessage`/`patternErrorMessage`. A schema applied to that node that can
// produce that message (the keyword is there and the node fails it) is the producer.
import type { ASTNode, Diagnostic, JSONDocument, JSONSchema, LanguageService, MatchingSchema, TextDocument } from 'vscode-json-languageservice';
import type { Severity } from './settings';

export type SchemaKeyword = 'type' | 'enum' | 'const' | 'pattern' | 'required' | 'additionalProperties' | 'not' | 'other';

interface Annotated { 'x-severity'?: Partial<Record<SchemaKeyword, Severity>> }

/** The keyword a schema problem's message comes from (fixed message shapes of vscode-json-languageservice 5.x). */
export function keywordOf(message: string): SchemaKeyword {
  if (/^Missing property ".*"\.$/.test(message)) return 'required';
  if (/^Property .* is not allowed\.$/.test(message)) return 'additionalProperties';
  if (/^Incorrect type\. Expected /.test(message)) return 'type';
  if (/^Value is not accepted\. Valid values: /.test(message)) return 'enum';
  if (/^Value must be /.test(message)) return 'const';
  if (/^String does not match the pattern of /.test(message)) return 'pattern';
  if (/^Matches a schema that is not allowed\.$/.test(message)) return 'not';
  return 'other';
}

function matchesType(node: ASTNode, type: string): boolean {
  return node.type === type || type === 'integer' && node.type === 'number' && !!node.isInteger;
}

/** Which keyword of `schema` applied to `node` produces `message` (undefined: this schema did not produce it). */
function producedKeyword(schema: JSONSchema, node: ASTNode, message: string, shape: SchemaKeyword): SchemaKeyword | undefined {
  const own = message === schema.errorMessage || message === schema.patternErrorMessage;
  if (schema.type !== undefined && !(Array.isArray(schema.type) ? schema.type : [schema.type]).some(t => matchesType(node, t))) {
    if (shape === 'type' || own) return 'type';
  }
  if (schema.enum && (shape === 'enum' || own)) return 'enum';
  if (schema.const !== undefined && (shape === 'const' || own)) return 'const';
  if (schema.pattern && node.type === 'string' && (shape === 'pattern' || message === schema.patternErrorMessage || own)) {
    try { if (!new RegExp(schema.pattern, 'u').test(node.value)) return 'pattern'; } catch { return 'pattern'; }
  }
  if (schema.not && (shape === 'not' || own)) return 'not';
  return own ? 'other' : undefined;
}

function exactNode(doc: JSONDocument, offset: number, length: number): ASTNode | undefined {
  // A missing member of an object with no key (an array item) is reported at the object's first character.
  let node = doc.getNodeFromOffset(offset, true);
  while (node && !(node.offset === offset && (node.length === length || length === 1 && node.type === 'object'))) node = node.parent;
  return node;
}

/**
 * For each schema diagnostic (by index), the severity its constraint declares: 'error' where the schema annotates the
 * producing keyword so, otherwise 'warning'. Runs the schema traversal once, only when there are schema problems.
 */
export async function schemaSeverities(service: LanguageService, document: TextDocument, jsonDocument: JSONDocument, problems: readonly Diagnostic[]): Promise<Severity[]> {
  if (!problems.length) return [];
  const byNode = new Map<ASTNode, JSONSchema[]>();
  for (const m of await service.getMatchingSchemas(document, jsonDocument) as MatchingSchema[]) {
    (byNode.get(m.node) ?? byNode.set(m.node, []).get(m.node)!).push(m.schema);
  }
  return problems.map(d => {
    const start = document.offsetAt(d.range.start);
    const node = exactNode(jsonDocument, start, document.offsetAt(d.range.end) - start);
    return node && typeof d.message === 'string' ? severityFor(node, d.message, byNode) : 'warning';
  });
}

function severityFor(node: ASTNode, message: string, byNode: Map<ASTNode, JSONSchema[]>): Severity {
  const shape = keywordOf(message);
  const declared = (schema: JSONSchema, keyword: SchemaKeyword) => (schema as Annotated)['x-severity']?.[keyword];
  const levels: (Severity | undefined)[] = [];
  const property = node.parent?.type === 'property' && node.parent.keyNode === node ? node.parent : undefined;
  if (shape === 'required') {
    // At the key of the object that lacks the member, or at the object's first character.
    const name = /^Missing property "(.*)"\.$/.exec(message)![1];
    const object = property ? property.valueNode : node;
    for (const s of (object && byNode.get(object)) ?? []) if (s.required?.includes(name)) levels.push(declared(s, 'required'));
  } else if (shape === 'additionalProperties' || property && property.parent && byNode.get(property.parent)?.some(s => s.errorMessage === message)) {
    // At the key of the member that is not allowed; the constraint belongs to the enclosing object.
    const object = property?.parent;
    for (const s of (object && byNode.get(object)) ?? []) {
      const name = property!.keyNode.value;
      if (s.additionalProperties === false || s.properties?.[name] === false || s.errorMessage === message) levels.push(declared(s, 'additionalProperties'));
    }
  }
  if (!levels.length) {
    // The node itself failed (for `propertyNames`, the node is the key).
    for (const s of byNode.get(node) ?? []) {
      const keyword = producedKeyword(s, node, message, shape);
      if (keyword) levels.push(declared(s, keyword));
    }
  }
  return levels.includes('error') ? 'error' : 'warning';
}
