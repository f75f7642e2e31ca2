// iconBrandColor is the icon background, written `#RRGGBB` by the portal and by every shipped connector. No source says
// the platform rejects another form (and a CSS colour such as `#0a3` would still render), so this is a warning.
import type { Rule } from './types';
import { setFix, show } from './util';

const FORMAT = /^#[0-9a-fA-F]{6}$/;

/** The one obvious repair: `#abc` -> `#aabbcc`, `da3b01` -> `#da3b01`. */
export function repairColor(value: string): string | undefined {
  const v = value.trim();
  let m = /^#?([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$/.exec(v);
  if (m) return `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`.toLowerCase();
  m = /^#?([0-9a-fA-F]{6})$/.exec(v);
  return m ? `#${m[1]}` : undefined;
}

export const rule: Rule = {
  id: 'icon-brand-color-format',
  severity: 'warning',
  category: 'branding',
  description: '`iconBrandColor` is not an HTML colour `#RRGGBB`.',
  fixable: true,
  check(model, ctx) {
    const value = model.member('iconBrandColor')?.valueNode;
    // Absent: the schema reports the missing required member.
    if (!value || value.type === 'string' && FORMAT.test(value.value)) return;
    const repaired = value.type === 'string' ? repairColor(value.value) : undefined;
    ctx.report({
      node: value,
      message: `iconBrandColor ${show(value)} is not an HTML colour "#RRGGBB" (6 hex digits), the form the portal writes and every shipped connector uses; it may not show as the icon background. ${repaired ? `Write "${repaired}".` : 'Write e.g. "#da3b01".'}`,
      fixes: repaired ? [setFix(value, repaired, `Change to "${repaired}"`, true)] : undefined,
    });
  },
};
