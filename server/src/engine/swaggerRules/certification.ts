// Facts of the certification submission guidelines (Learn, "Prepare connector files for certification",
// https://learn.microsoft.com/en-us/connectors/custom-connectors/certification-submission, and "Learn best practices for
// string fields", https://learn.microsoft.com/en-us/connectors/custom-connectors/connector-string-guidance), computed
// once for the certification-only swagger rules. Only what those pages state; the validator's own lists (restricted
// words and characters, field limits) are filled into its messages at run time and are not published.
import type { Node } from 'jsonc-parser';
import type { Profile } from '../settings';

/** The profiles that get certification-only rules (`custom` does not). */
export const CERTIFICATION: readonly Profile[] = ['certified', 'independent-publisher'];

/** "Can't be longer than 30 characters" (connector title). */
export const TITLE_MAX = 30;
/** "Can't be shorter than 30 characters or longer than 500 characters" (connector description). */
export const DESCRIPTION_MIN = 30;
export const DESCRIPTION_MAX = 500;
/** String guidance: an operation summary "shouldn't exceed 80 characters". */
export const SUMMARY_GUIDANCE_MAX = 80;
/** String guidance: "There should be no slash ('/') in the name" (the summary). The validator's full list is not published. */
export const SUMMARY_RESTRICTED_CHARACTERS: readonly string[] = ['/'];

/** Title: can't contain "API", "Connector" or a Power Platform product name; description: no product name. */
export const TITLE_RESTRICTED_WORDS: readonly string[] = ['API', 'Connector'];
/**
 * Power Platform product names (the guideline gives "Power Apps" as its example of the rule). Written with an optional
 * space, as authors do ("PowerApps").
 */
export const PRODUCT_NAMES: readonly string[] = ['Power Apps', 'Power Automate', 'Power BI', 'Power Pages', 'Power Platform', 'Power Virtual Agents', 'Copilot Studio'];

/** Whole-word, case-insensitive matches of `words` in `value`, as `{ word, index, length }`. */
export function restrictedWords(value: string, words: readonly string[]): { word: string; index: number; length: number }[] {
  const out: { word: string; index: number; length: number }[] = [];
  for (const word of words) {
    const re = wordPattern(word);
    re.lastIndex = 0;
    for (let m = re.exec(value); m; m = re.exec(value)) out.push({ word, index: m.index, length: m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

// Each word's expression, compiled once (the rules ask for every swagger).
const WORD_PATTERNS = new Map<string, RegExp>();

/** Whole-word, case-insensitive, with any space in the word optional. Global: callers reset lastIndex. */
function wordPattern(word: string): RegExp {
  let re = WORD_PATTERNS.get(word);
  if (!re) {
    const pattern = word.split(' ').map(escape).join('\\s*');
    re = new RegExp(`(?<![A-Za-z0-9])${pattern}(?![A-Za-z0-9])`, 'gi');
    WORD_PATTERNS.set(word, re);
  }
  return re;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where a missing property is reported: the key of the object that lacks it, or the root's opening brace. */
export function ownerAnchor(object: Node): { offset: number; length: number } {
  const key = object.parent?.type === 'property' ? object.parent.children?.[0] : undefined;
  return key ? { offset: key.offset, length: key.length } : { offset: object.offset, length: 1 };
}
