// oauth2generic fills `{name}` in its URL/body templates from built-ins, token:<name> inputs and customParameters;
// a name that resolves to nothing is sent literally and breaks the sign-in.
import { getProperty } from '../ast';
import type { OAuthSettingsModel } from '../model';
import { OAUTH2GENERIC_BUILTINS } from './facts';
import type { Rule } from './types';
import { paramLabel } from './util';

export interface Placeholder { name: string; offset: number; length: number; key: string }

/** `{name}` occurrences in the values of the settings' `...Template` customParameters, with document offsets. */
export function templatePlaceholders(s: OAuthSettingsModel, text: string): Placeholder[] {
  const out: Placeholder[] = [];
  for (const p of s.customParameters?.properties ?? []) {
    if (!/template$/i.test(p.keyNode.value)) continue;
    const value = getProperty(p.valueNode, 'value')?.valueNode;
    if (value?.type !== 'string') continue;
    // The raw slice keeps offsets exact even when the string contains escapes.
    const raw = text.substring(value.offset, value.offset + value.length);
    const re = /\{([A-Za-z0-9_:.-]+)\}/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(raw))) out.push({ name: m[1], offset: value.offset + m.index + 1, length: m[1].length, key: p.keyNode.value });
  }
  return out;
}

export const rule: Rule = {
  id: 'oauth2generic-placeholder',
  severity: 'warning',
  category: 'oauth',
  description: 'An oauth2generic template uses a `{placeholder}` that no built-in, `token:<name>` parameter or customParameter provides.',
  check(model, ctx) {
    for (const s of model.oauthSettings) {
      if (s.identityProvider !== 'oauth2generic') continue;
      const group = s.parameter.set ? s.parameter.set.parameters : model.connectionParameters?.parameters ?? [];
      const known = new Set<string>(OAUTH2GENERIC_BUILTINS.map(b => b.toLowerCase()));
      for (const p of group) if (p.name.toLowerCase().startsWith('token:')) known.add(p.name.slice(6).toLowerCase());
      for (const p of s.customParameters?.properties ?? []) known.add(p.keyNode.value.toLowerCase());
      for (const p of getAdditional(s)) known.add(p.toLowerCase());
      for (const ph of templatePlaceholders(s, ctx.text)) {
        if (known.has(ph.name.toLowerCase())) continue;
        ctx.report({
          offset: ph.offset, length: ph.length,
          message: `Placeholder {${ph.name}} in "${ph.key}" of ${paramLabel(s.parameter)} resolves to nothing: it is not a built-in (${OAUTH2GENERIC_BUILTINS.join(', ')}), not a "token:${ph.name}" parameter and not a customParameters key, so it is sent literally. Add a "token:${ph.name}" connection parameter or a customParameters entry, or fix the name.`,
        });
      }
    }
  },
};

function getAdditional(s: OAuthSettingsModel): string[] {
  const node = getProperty(s.node, 'additionalParameters')?.valueNode;
  return node?.type === 'object' ? node.properties.map(p => p.keyNode.value) : [];
}
