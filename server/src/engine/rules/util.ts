// Small helpers shared by the rules: fixes (rules/fixes.ts), iteration over the places the platform reads
// a uiDefinition, and "did you mean" lookups.
import { ASTNode, ObjectASTNode, PropertyASTNode, asObject, getProperty, getValue, pathOf } from '../ast';
import type { ConnectorModel, ParameterModel } from '../model';
import { nearestName } from '../suggest';

/** JSON text of a value for messages: strings quoted, everything else as written. */
export function show(node: ASTNode | undefined): string {
  if (!node) return 'nothing';
  switch (node.type) {
    case 'string': return JSON.stringify(node.value);
    case 'object': return 'an object';
    case 'array': return 'an array';
    case 'null': return 'null';
    default: return String(node.value);
  }
}

export interface UiDefinitionSite {
  /** Where it sits, for messages ("the connectionParameterSets dropdown", "set \"oauth\"", "parameter \"api_key\""). */
  label: string;
  node: ObjectASTNode;
}

/** Every uiDefinition object the platform reads: the sets dropdown, each set option and each parameter. */
export function uiDefinitions(model: ConnectorModel): UiDefinitionSite[] {
  const out: UiDefinitionSite[] = [];
  const sets = model.parameterSets;
  if (sets?.uiDefinition) out.push({ label: 'the connectionParameterSets dropdown', node: sets.uiDefinition });
  for (const set of sets?.sets ?? []) {
    if (set.uiDefinition) out.push({ label: `set ${setLabel(set.index, set.name)}`, node: set.uiDefinition });
  }
  for (const p of model.allParameters) if (p.uiDefinition) out.push({ label: `parameter "${p.name}"`, node: p.uiDefinition });
  return out;
}

export function setLabel(index: number, name: string | undefined): string {
  return name !== undefined ? `"${name}"` : `#${index + 1}`;
}

/** "parameter \"x\"" or "parameter \"x\" of set \"y\"", so messages say which of several same-named ones is meant. */
export function paramLabel(p: ParameterModel): string {
  return p.set ? `parameter "${p.name}" of set ${setLabel(p.set.index, p.set.name)}` : `parameter "${p.name}"`;
}

export function constraint(p: ParameterModel, key: string): PropertyASTNode | undefined {
  return getProperty(p.constraints, key);
}

/** An input the dialog shows: not hidden (the model's `hidden` fact) and not an OAuth sign-in or gateway selector. */
export function visibleInDialog(p: ParameterModel): boolean {
  if (p.type?.toLowerCase() === 'oauthsetting' || p.type === 'gatewaySetting') return false;
  return !p.hidden;
}

/** The candidate closest to `value` (case-insensitive edit distance), when it is close enough to be a typo. */
export function nearest(value: string, candidates: readonly string[], maxDistance = Math.max(2, Math.floor(value.length / 3))): string | undefined {
  return nearestName(value, candidates, { maxDistance });
}

export function findIgnoreCase<T extends string>(value: string, candidates: readonly T[]): T | undefined {
  const lower = value.toLowerCase();
  return candidates.find(c => c.toLowerCase() === lower);
}

export { asObject, getProperty, getValue, pathOf };
export { addFix, removeFix, renameKeyFix, replaceTextFix, setFix } from './fixes';
