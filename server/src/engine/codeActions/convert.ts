// Refactor: single-auth `connectionParameters` -> multi-auth `connectionParameterSets`. The existing parameters are
// moved as text (their formatting and key order kept, only re-indented) into a first set named after the detected
// auth kind; missing `constraints.required` are added; the old block is removed or, as a second choice, kept.
import { ASTNode, asObject, getString, getValue } from '../ast';
import { authenticationOf } from '../authentication';
import { AUTH_KINDS } from '../authKinds';
import type { Analysis } from '../document';
import type { ParameterModel } from '../model';
import { DocumentFormatting, detectFormatting } from './formatting';
import { addFix, spanOf } from '../rules/fixes';
import type { FixData } from '../rules/types';
import { lineIndent, removeAt, setAt, shiftSpan } from './jsonEdits';
import { applyOffsetEdits } from './textEdits';

const PARAMS_SENTINEL = '__ppc_parameters__';

export interface DetectedAuth {
  name: string;
  displayName: string;
  description: string;
}

/** The new set is named after the parameters' authentication kind, the one the outline and status item show. */
export function detectAuth(parameters: readonly ParameterModel[]): DetectedAuth {
  const fromKind = (id: string): DetectedAuth => {
    const k = AUTH_KINDS.find(kind => kind.id === id)!;
    return { name: k.setName, displayName: k.displayName, description: k.description };
  };
  const auth = authenticationOf(parameters);
  switch (auth.kind) {
    case 'none': return { name: 'no-auth', displayName: 'No authentication', description: 'No sign-in needed' };
    case 'basic': return fromKind('basic');
    case 'apiKey': return fromKind('apiKey');
    case 'servicePrincipal': return fromKind('aadServicePrincipal');
    case 'gateway': return { name: 'gateway', displayName: 'On-premises data gateway', description: 'Connect through an on-premises data gateway' };
    case 'custom': return { name: 'default', displayName: 'Connection parameters', description: 'Provide the connection parameters' };
    case 'oauth': {
      const provider = auth.provider ?? 'oauth2';
      const id = provider.toLowerCase();
      if (id === 'aad' || id === 'oauth2' || id === 'oauth2generic') return fromKind(id);
      if (id === 'aadcertificate') {
        return { name: 'aad-certificate-auth', displayName: 'Microsoft Entra ID (certificate)', description: 'Sign in with Microsoft Entra ID' };
      }
      return { name: `${id.replace(/[^a-z0-9]+/g, '-')}-auth`, displayName: `OAuth 2.0 (${provider})`, description: `Sign in with ${provider}` };
    }
  }
}

/**
 * Whether the refactor applies: single-auth parameters as an object, and no sets yet. Not with two
 * `connectionParameters` (after a merge): moving the effective one would bring the shadowed one back into force.
 */
export function canConvert(analysis: Analysis): boolean {
  const m = analysis.model;
  const copies = m.properties?.properties.filter(p => p.keyNode.value === 'connectionParameters').length ?? 0;
  return !!m.connectionParameters?.node && !m.parameterSets && copies === 1;
}

/**
 * The whole converted document (the caller turns it into one minimal edit), or undefined when it does not apply.
 * `extraSets` go into `values` after the converted set (adding a set to a single-auth file). Every edit is anchored
 * at the model's nodes (the last `properties`, the effective `connectionParameters`).
 */
export function convertedText(analysis: Analysis, options: { keep: boolean; formatting?: DocumentFormatting; extraSets?: unknown[] }): string | undefined {
  if (!canConvert(analysis)) return undefined;
  const model = analysis.model;
  const cp = model.connectionParameters!;
  const properties = model.properties!;
  const text = analysis.document.getText();
  const formatting = options.formatting ?? detectFormatting(text);
  const parametersText = completeParameters(text, cp.node!, cp.parameters, formatting);
  const auth = detectAuth(cp.parameters);
  const skeleton = {
    uiDefinition: { displayName: 'Authentication type', description: 'Choose how to sign in' },
    values: [
      { name: auth.name, uiDefinition: { displayName: auth.displayName, description: auth.description }, parameters: PARAMS_SENTINEL },
      ...options.extraSets ?? [],
    ],
  };
  const inserted = setAt(text, { path: ['properties', 'connectionParameterSets'], at: spanOf(properties) }, skeleton, formatting,
    { insertAt: keys => keys.lastIndexOf('connectionParameters') + 1 });
  if (inserted.length !== 1) return undefined;
  let next = applyOffsetEdits(text, inserted);
  if (!options.keep) {
    const removed = removeAt(next, { path: ['properties', 'connectionParameters'], at: shiftSpan(spanOf(cp.property.keyNode), inserted[0]) });
    if (removed.length !== 1) return undefined;
    next = applyOffsetEdits(next, removed);
  }

  const at = next.indexOf(`"${PARAMS_SENTINEL}"`);
  if (at < 0) return undefined;
  const newIndent = lineIndent(next, at);
  const oldIndent = lineIndent(text, cp.property.offset);
  const moved = reindent(parametersText, oldIndent, newIndent);
  return next.slice(0, at) + moved + next.slice(at + PARAMS_SENTINEL.length + 2);
}

/**
 * The text of the `connectionParameters` object with `constraints.required` added where missing ("false" for inputs
 * the dialog hides, the model's `hidden` fact) and, for string inputs with a description, `uiDefinition.schema.description` — inside a set that is where
 * the dialog reads a string input's description. Edited in place in the whole text, each edit anchored at its
 * parameter's nodes (anchors follow the earlier edits), then cut out.
 */
function completeParameters(text: string, block: ASTNode, parameters: ParameterModel[], fmt: DocumentFormatting): string {
  const fixes: FixData[] = [];
  for (const p of parameters) {
    if (!p.node) continue;
    const constraints = p.constraints;
    if (!getValue(constraints, 'required')) {
      fixes.push(addFix(p.node, ['uiDefinition', 'constraints', 'required'], p.hidden ? 'false' : 'true', ''));
    }
    const description = getString(p.uiDefinition, 'description');
    const schema = getValue(p.uiDefinition, 'schema');
    if (p.uiDefinition && p.type === 'string' && description !== undefined && !getValue(asObject(schema), 'description') && (!schema || schema.type === 'object')) {
      fixes.push(schema
        ? addFix(p.uiDefinition, ['schema', 'description'], description, '')
        : addFix(p.uiDefinition, ['schema'], { type: 'string', description }, ''));
    }
  }
  let out = text;
  let span = spanOf(block);
  for (let i = 0; i < fixes.length; i++) {
    const fix = fixes[i];
    if (fix.kind !== 'set') continue;
    const edits = setAt(out, fix, fix.value, fmt);
    if (edits.length !== 1) continue; // a shape that cannot take it (`"uiDefinition": "x"`): moved as written
    out = applyOffsetEdits(out, edits);
    span = shiftSpan(span, edits[0]);
    for (let j = i + 1; j < fixes.length; j++) {
      const later = fixes[j];
      if (later.kind === 'set') fixes[j] = { ...later, at: shiftSpan(later.at, edits[0]) };
    }
  }
  return out.slice(span.offset, span.offset + span.length);
}

function reindent(block: string, oldIndent: string, newIndent: string): string {
  const lines = block.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    lines[i] = line.startsWith(oldIndent) ? newIndent + line.slice(oldIndent.length) : newIndent + line.trimStart();
  }
  return lines.join('\n');
}
