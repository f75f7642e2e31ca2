// readme.md: the sections the certification readme templates of microsoft/PowerPlatformConnectors mark "Required"
// (templates/certified-connectors/readme.md, templates/Independent Publisher/readme.md). Headings are matched by
// their words, any level, any case, so "## Publisher: Contoso" and "## Known issues" count.
import type { Profile } from '../settings';

interface Section { name: string; test: RegExp; profiles: readonly Profile[] }

const SECTIONS: readonly Section[] = [
  { name: 'Publisher', test: /publisher/i, profiles: ['certified', 'independent-publisher'] },
  { name: 'Prerequisites', test: /prerequisite|requirement/i, profiles: ['certified', 'independent-publisher'] },
  { name: 'Supported Operations', test: /operation|action|trigger/i, profiles: ['certified', 'independent-publisher'] },
  { name: 'Obtaining Credentials', test: /credential|authenticat/i, profiles: ['certified', 'independent-publisher'] },
  { name: 'Known Issues and Limitations', test: /known issue|limitation/i, profiles: ['certified', 'independent-publisher'] },
  // Required in the certified template, optional in the Independent Publisher one.
  { name: 'Deployment Instructions', test: /deploy/i, profiles: ['certified'] },
];

export interface Heading { level: number; text: string; line: number }

/** ATX headings outside fenced code blocks. */
export function headings(text: string): Heading[] {
  const out: Heading[] = [];
  let fence: string | undefined;
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const f = /^ {0,3}(```+|~~~+)/.exec(line);
    if (f) {
      if (!fence) fence = f[1][0];
      else if (f[1][0] === fence) fence = undefined;
      return;
    }
    if (fence) return;
    const h = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/.exec(line);
    if (h) out.push({ level: h[1].length, text: h[2], line: i });
  });
  return out;
}

export interface ReadmeFinding {
  id: 'readme-sections';
  message: string;
  /** Line the finding is reported on (the title, or the first line). */
  line: number;
  missing: string[];
}

export function checkReadme(text: string, profile: Profile): ReadmeFinding[] {
  if (profile !== 'certified' && profile !== 'independent-publisher') return [];
  const hs = headings(text);
  const missing: string[] = [];
  const title = hs.find(h => h.level === 1);
  if (!title) missing.push('a title (a "# " heading)');
  const sections = hs.filter(h => h !== title);
  for (const s of SECTIONS) {
    if (s.profiles.includes(profile) && !sections.some(h => s.test.test(h.text))) missing.push(`"${s.name}"`);
  }
  if (!missing.length) return [];
  const template = profile === 'certified' ? 'templates/certified-connectors/readme.md' : 'templates/Independent Publisher/readme.md';
  return [{
    id: 'readme-sections', line: title?.line ?? 0, missing,
    message: `readme.md lacks ${list(missing)}, which the certification readme template (${template} in microsoft/PowerPlatformConnectors) marks as required. Add ${missing.length > 1 ? 'them' : 'it'}.`,
  }];
}

function list(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** True for a readme file name (readme.md in any casing). */
export function isReadmeName(name: string): boolean {
  return name.toLowerCase() === 'readme.md';
}
