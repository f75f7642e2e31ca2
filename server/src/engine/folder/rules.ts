// Checks of the connector folder's other files: icon.png and readme.md. Each one is a requirement of the
// certification documentation (cited in its doc page), so each runs only for the profiles that documentation covers;
// a custom connector gets none of them.
import type { Profile, Severity } from '../settings';

export interface FolderRuleMeta {
  severity: Severity;
  description: string;
  profiles: readonly Profile[];
}

export const FOLDER_RULES = {
  'icon-format': {
    severity: 'warning', profiles: ['certified'],
    description: 'icon.png is not a PNG image (by its signature and header); certification takes the icon as a PNG named icon.png.',
  },
  'icon-dimensions': {
    severity: 'warning', profiles: ['certified'],
    description: 'The icon is not square (warning) or not about 230 × 230 pixels (information), the size certification documents.',
  },
  'icon-independent-publisher': {
    severity: 'warning', profiles: ['independent-publisher'],
    description: 'An Independent Publisher connector ships an icon; the platform applies a generic icon and submissions must not include one.',
  },
  'readme-missing': {
    severity: 'warning', profiles: ['certified', 'independent-publisher'],
    description: 'The connector folder has no readme.md, which certification requires of verified and independent publishers.',
  },
  'readme-sections': {
    severity: 'warning', profiles: ['certified', 'independent-publisher'],
    description: 'readme.md lacks a title or a section the certification readme template marks as required.',
  },
} as const satisfies Record<string, FolderRuleMeta>;

export type FolderRuleId = keyof typeof FOLDER_RULES;
