// paconn/pac inject the secret on upload (--secret); a real one in the file ends up in source control.
import { ASTNode } from '../ast';
import { isPlaceholderValue } from '../secrets';
import type { Rule } from './types';
import { paramLabel, setFix } from './util';

export const SECRET_PLACEHOLDER = '[YOUR_CLIENT_SECRET]';

/**
 * Placeholders people write: brackets, "your", "secret", "xxx", "****", environment-style variables ... Looser than
 * the masking's isPlaceholderValue (short or wordy values are not reported), so it never unmasks a reported value.
 */
export function looksLikePlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length < 8 || isPlaceholderValue(v) || /\s/.test(v)) return true;
  if (/^[*x.]+$/i.test(v)) return true;
  return /your|secret|placeholder|client|replace|enter|insert|dummy|sample|example|changeme|redacted|todo|xxx|\*\*\*|tbd|none|null/i.test(v);
}

export const rule: Rule = {
  id: 'client-secret-committed',
  severity: 'warning',
  category: 'oauth',
  description: 'A real-looking `clientSecret` is committed in the file.',
  fixable: true,
  check(model, ctx) {
    for (const s of model.oauthSettings) {
      for (const p of s.node?.properties ?? []) {
        if (p.keyNode.value.toLowerCase() !== 'clientsecret') continue;
        const value: ASTNode | undefined = p.valueNode;
        if (value?.type !== 'string' || looksLikePlaceholder(value.value)) continue;
        ctx.report({
          node: value,
          message: `clientSecret of ${paramLabel(s.parameter)} looks like a real secret: secrets do not belong in source files (paconn --secret and pac inject it on upload). Replace it with a placeholder such as "${SECRET_PLACEHOLDER}" and rotate the secret if it was ever committed.`,
          fixes: [setFix(value, SECRET_PLACEHOLDER, `Replace with "${SECRET_PLACEHOLDER}"`)],
        });
      }
    }
  },
};
