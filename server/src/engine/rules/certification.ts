// Shared by the certification rules: a member that must be present and be plain text, not a template placeholder.
import type { ConnectorModel } from '../model';
import type { RuleContext } from './types';

/** Why a value is not plain text (template placeholders, markup), or undefined when it is fine. */
export function plainTextProblem(value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'is empty';
  if (/^\[.*\]$|^<.*>$|^\{.*\}$/.test(v) || /full name or name of company|name of company or organization/i.test(v)) return 'is still a template placeholder';
  if (/[<>]/.test(v) || /https?:\/\//i.test(v)) return 'is not plain text (no markup or URLs)';
  return undefined;
}

export function requireMember(model: ConnectorModel, ctx: RuleContext, key: 'publisher' | 'stackOwner', what: string): void {
  if (!model.properties || !model.propertiesProperty) return;
  const ip = ctx.profile === 'independent-publisher';
  const kind = ip ? 'Independent Publisher' : 'certified';
  // The Independent Publisher README requires both; for certified connectors the template has them but 7% of shipped
  // ones lack them, so there it is a reminder.
  const severity = ip ? undefined : 'information' as const;
  const prop = model.member(key);
  if (!prop) {
    ctx.report({
      node: model.propertiesProperty.keyNode, severity,
      message: `"${key}" is missing: ${kind} connectors must give ${what}. Add "${key}": "<name>" to properties.`,
    });
    return;
  }
  const value = prop.valueNode;
  if (value?.type !== 'string') return; // wrong type: the schema reports it
  const problem = plainTextProblem(value.value);
  if (!problem) return;
  ctx.report({ node: value, severity, message: `"${key}" ${problem}: ${kind} connectors must give ${what} in plain text. Replace it.` });
}
