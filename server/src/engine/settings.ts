// Engine settings: which rules run and at what severity, and the certification profile. Settings come from users
// (VS Code settings, a config file, CLI flags), so everything is validated and a bad value falls back to the default
// with a message instead of disabling anything.
import { nearestName } from './suggest';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleLevel = Severity | 'off';
export type Profile = 'custom' | 'certified' | 'independent-publisher';
export type ProfileSetting = Profile | 'auto';

export interface EngineSettings {
  /** Master switch for diagnostics. */
  validate: boolean;
  /** Per-rule overrides by rule id (including the built-in `schema`, `strict-json`, `duplicate-key`). */
  rules: Record<string, RuleLevel>;
  profile: ProfileSetting;
  /**
   * What the editor compares with for breaking changes (`breakingChanges.base`): empty or absent for automatic (the
   * branch a pull request would target), `off`, or a git ref. The command line takes `--base` instead.
   */
  breakingBase?: string;
}

export const DEFAULT_SETTINGS: EngineSettings = { validate: true, rules: {}, profile: 'auto' };

const LEVELS: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];
const LEVEL_ALIASES: Record<string, RuleLevel> = { info: 'information', warn: 'warning', none: 'off', '0': 'off', '1': 'warning', '2': 'error' };
const PROFILES: readonly string[] = ['auto', 'custom', 'certified', 'independent-publisher'];

export function parseLevel(value: unknown): RuleLevel | undefined {
  if (typeof value === 'number') value = String(value);
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (LEVELS.includes(v)) return v as RuleLevel;
  return LEVEL_ALIASES[v];
}

/**
 * Turns untrusted settings into valid ones. `knownRuleIds` lets it name unknown rule ids (typos) instead of
 * silently ignoring them. Returns one human-readable problem per bad entry.
 */
export function normalizeSettings(raw: unknown, knownRuleIds?: ReadonlySet<string>): { settings: EngineSettings; problems: string[] } {
  const problems: string[] = [];
  const settings: EngineSettings = { validate: true, rules: {}, profile: 'auto' };
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`Settings must be an object; got ${describe(raw)}. Using defaults.`);
    return { settings, problems };
  }
  const r = raw as Record<string, unknown>;
  const validate = r.validate && typeof r.validate === 'object' ? (r.validate as Record<string, unknown>).enable : r.validate;
  if (validate !== undefined) {
    if (typeof validate === 'boolean') settings.validate = validate;
    else problems.push(`"validate.enable" must be true or false; got ${describe(validate)}. Using true.`);
  }
  if (r.profile !== undefined) {
    if (typeof r.profile === 'string' && PROFILES.includes(r.profile)) settings.profile = r.profile as ProfileSetting;
    else problems.push(`"profile" must be one of ${PROFILES.join(', ')}; got ${describe(r.profile)}. Using "auto".`);
  }
  const breaking = r.breakingChanges && typeof r.breakingChanges === 'object' ? (r.breakingChanges as Record<string, unknown>).base : undefined;
  if (breaking !== undefined && breaking !== null) {
    const base = typeof breaking === 'string' ? breaking.trim() : undefined;
    // A ref reaches `git` as an argument: an option-like or multi-line value is refused, not passed on.
    if (base !== undefined && !base.startsWith('-') && !/[\u0000-\u001f\u007f]/.test(base)) settings.breakingBase = base;
    else problems.push(`"breakingChanges.base" must be empty (automatic), "off" or a git ref; got ${describe(breaking)}. Using automatic.`);
  }
  if (r.rules !== undefined) {
    if (!r.rules || typeof r.rules !== 'object' || Array.isArray(r.rules)) {
      problems.push(`"rules" must be an object mapping rule ids to a severity; got ${describe(r.rules)}. Ignored.`);
    } else {
      // A hostile or generated file may hold thousands of bad entries: name the first few, count the rest, and spend
      // the "did you mean" search (the costly part) only on the ones named.
      let more = 0;
      const report = (problem: () => string) => {
        if (problems.length < MAX_NAMED_PROBLEMS) problems.push(problem());
        else more++;
      };
      for (const [id, value] of Object.entries(r.rules as Record<string, unknown>)) {
        const level = parseLevel(value);
        if (!level) {
          report(() => `Rule ${quoteId(id)}: severity must be one of error, warning, information, hint, off; got ${describe(value)}. Using the rule's default.`);
          continue;
        }
        if (knownRuleIds && !knownRuleIds.has(id)) {
          report(() => `Unknown rule id ${quoteId(id)} in settings; it is ignored.${suggest(id, knownRuleIds)}`);
          continue;
        }
        settings.rules[id] = level;
      }
      if (more) problems.push(`... and ${more} more unknown rule ids or bad severities in "rules"; they are ignored.`);
    }
  }
  return { settings, problems };
}

/** How many problems of one settings object are spelt out; the rest are counted in one line. */
const MAX_NAMED_PROBLEMS = 10;

/** A rule id from settings, quoted and escaped (it may hold control characters or a newline) and cut to a sane length. */
function quoteId(id: string): string {
  return JSON.stringify(id.length > 60 ? id.slice(0, 60) + '…' : id);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function suggest(id: string, known: ReadonlySet<string>): string {
  // Rule ids are short; a long string is no typo of one.
  if (id.length > 64) return '';
  const best = nearestName(id, known);
  return best !== undefined ? ` Did you mean "${best}"?` : '';
}

/** `auto` profile: the folder layout of microsoft/PowerPlatformConnectors tells certified from IP connectors. */
export function resolveProfile(setting: ProfileSetting, documentPath: string): Profile {
  if (setting !== 'auto') return setting;
  const p = documentPath.replace(/\\/g, '/');
  if (/(^|\/)independent-publisher-connectors(\/|__)/i.test(p)) return 'independent-publisher';
  if (/(^|\/)certified-connectors(\/|__)/i.test(p)) return 'certified';
  return 'custom';
}
