// The summary is the action's name in the designer; the string guidance rules out "/" there, and no merged connector
// has one. The validator's full character list is filled into its message and not published.
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { CERTIFICATION, SUMMARY_RESTRICTED_CHARACTERS } from '../certification';
import { describeOperation, setFix, shortValue } from '../helpers';

/** The summary without the restricted characters: each becomes a space, and spaces are collapsed. */
export function withoutRestricted(summary: string): string {
  let out = summary;
  for (const c of SUMMARY_RESTRICTED_CHARACTERS) out = out.split(c).join(' ');
  return out.replace(/\s{2,}/g, ' ').trim();
}

export const rule: SwaggerRule = {
  id: 'restricted-characters-in-summary',
  validatorName: 'RestrictedCharactersInSummary',
  severity: 'error',
  category: 'swagger-validator',
  description: `An operation's \`summary\` contains a restricted character (${SUMMARY_RESTRICTED_CHARACTERS.map(c => `\`${c}\``).join(', ')}).`,
  fixable: true,
  check(model, ctx) {
    for (const op of model.operations) {
      const node = val(op.node, 'summary');
      const summary = str(node);
      if (!node || summary === undefined) continue;
      const found = SUMMARY_RESTRICTED_CHARACTERS.filter(c => summary.includes(c));
      if (!found.length) continue;
      const fixed = withoutRestricted(summary);
      ctx.report({
        node,
        // Documented for certification (and absent from every merged connector); a custom connector gets a warning.
        severity: CERTIFICATION.includes(ctx.profile) ? undefined : 'warning',
        message: `The summary of ${describeOperation(op)} contains ${found.map(c => `"${c}"`).join(', ')}, which the validator does not allow in an action name. Reword it (for example ${shortValue(fixed)}).`,
        fixes: fixed ? [setFix(node, fixed, `Change the summary to ${shortValue(fixed)}`)] : undefined,
      });
    }
  },
};
