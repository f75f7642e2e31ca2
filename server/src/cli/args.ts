// Command-line options, in the habits of ESLint: `--format x` or `--format=x`, repeatable `--rule id=level`,
// `--` ends the options. A bad option is a UsageError (exit code 2, one line, no stack trace).
import { parseLevel, ProfileSetting, RuleLevel } from '../engine/settings';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = typeof FORMATS[number];
const PROFILES: readonly string[] = ['auto', 'custom', 'certified', 'independent-publisher'];

export interface CliOptions {
  paths: string[];
  format: FormatName;
  maxWarnings?: number;
  rules: Record<string, RuleLevel>;
  profile?: ProfileSetting;
  config?: string;
  /** `--no-config`: ignore `.pp-connector.json` files. */
  noConfig: boolean;
  quiet: boolean;
  fix: boolean;
  fixDryRun: boolean;
  /** `--fix-symlinks`: let --fix write files that symlinks lead to outside the paths given. */
  fixSymlinks: boolean;
  /** `--no-swagger`: skip the cross-file checks against the paired swagger. */
  swagger: boolean;
  /** `--base <ref-or-path>`: compare with this version for breaking changes. */
  base?: string;
  /** Write the report to a file instead of stdout. */
  outputFile?: string;
  /** Exit 0 instead of 2 when a folder holds no apiProperties.json. */
  errorOnUnmatched: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const HELP = `Usage: pp-connector [options] <file|folder>...

Checks Power Platform custom-connector apiProperties.json files and their swaggers with the same rules as the editor
extension. Folders are searched recursively for files whose name ends in apiProperties.json or
apiDefinition.swagger.json, any casing (node_modules and .git skipped); each apiProperties.json is checked together
with its paired swagger, which is also checked (once) as a file of its own, as is a file given by path whose name
ends in .swagger.json.

Options:
  -f, --format <name>       stylish (default), json, sarif or github (workflow annotations)
  -o, --output-file <file>  write the report to a file instead of stdout
      --max-warnings <n>    exit 1 when there are more than n warnings
      --rule <id>=<level>   set a rule's severity: error, warning, information, hint or off (repeatable)
      --profile <name>      auto (default: from the folder), custom, certified or independent-publisher
  -c, --config <file>       use this configuration file ({ "rules": {...}, "profile": "..." })
      --no-config           ignore .pp-connector.json files
      --no-swagger          skip the cross-file checks against the swagger
      --base <ref-or-path>  also report breaking changes against a base version: a git ref (HEAD, origin/dev,
                            a commit) or an old connector folder or file
      --quiet               report errors only
      --fix                 apply the safe fixes to the files and report what changed
      --fix-dry-run         print the changes the safe fixes would make, without writing
      --fix-symlinks        let --fix write files that symlinks lead to outside the paths given
      --no-error-on-unmatched-pattern
                            exit 0 when a folder holds no apiProperties.json nor apiDefinition.swagger.json
  -v, --version             print the version
  -h, --help                print this help

Without --config, the nearest .pp-connector.json from each file's folder up to the repository root (the folder
holding .git) applies; outside a repository, the lookup stops at the folder given on the command line.
--fix writes only regular UTF-8 files inside the paths given, that did not change while being checked.
Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings, 2 usage or I/O error.`;

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = {
    paths: [], format: 'stylish', rules: {}, noConfig: false, quiet: false, fix: false, fixDryRun: false, fixSymlinks: false,
    swagger: true, errorOnUnmatched: true, help: false, version: false,
  };
  let i = 0;
  const value = (name: string, inline: string | undefined): string => {
    if (inline !== undefined) return inline;
    const v = argv[++i];
    if (v === undefined || (v.startsWith('-') && v.length > 1)) throw new UsageError(`Option ${name} needs a value.`);
    return v;
  };
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') { o.paths.push(...argv.slice(i + 1)); break; }
    if (!arg.startsWith('-') || arg === '-') { o.paths.push(arg); continue; }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const flag = () => { if (inline !== undefined) throw new UsageError(`Option ${name} takes no value.`); };
    switch (name) {
      case '-f': case '--format': {
        const v = value(name, inline).toLowerCase();
        if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`Unknown format "${v}"; use one of ${FORMATS.join(', ')}.`);
        o.format = v as FormatName;
        break;
      }
      case '-o': case '--output-file': o.outputFile = value(name, inline); break;
      case '--max-warnings': {
        const v = value(name, inline);
        if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings needs a whole number >= 0; got "${v}".`);
        o.maxWarnings = Number(v);
        break;
      }
      case '--rule': {
        const v = value(name, inline);
        const m = /^([^=:\s]+)\s*[=:]\s*(\S+)$/.exec(v);
        const level = m ? parseLevel(m[2]) : undefined;
        if (!m || !level) throw new UsageError(`--rule needs <id>=<level> with level error, warning, information, hint or off; got "${v}".`);
        o.rules[m[1]] = level;
        break;
      }
      case '--profile': {
        const v = value(name, inline);
        if (!PROFILES.includes(v)) throw new UsageError(`Unknown profile "${v}"; use one of ${PROFILES.join(', ')}.`);
        o.profile = v as ProfileSetting;
        break;
      }
      case '-c': case '--config': o.config = value(name, inline); break;
      case '--base': o.base = value(name, inline); break;
      case '--no-config': flag(); o.noConfig = true; break;
      case '--no-swagger': flag(); o.swagger = false; break;
      case '--quiet': flag(); o.quiet = true; break;
      case '--fix': flag(); o.fix = true; break;
      case '--fix-dry-run': flag(); o.fixDryRun = true; break;
      case '--fix-symlinks': flag(); o.fixSymlinks = true; break;
      case '--no-error-on-unmatched-pattern': flag(); o.errorOnUnmatched = false; break;
      case '-h': case '--help': flag(); o.help = true; break;
      case '-v': case '--version': flag(); o.version = true; break;
      default: throw new UsageError(`Unknown option ${name}. Run pp-connector --help for the options.`);
    }
  }
  if (o.fix && o.fixDryRun) throw new UsageError('Use either --fix or --fix-dry-run, not both.');
  if (o.config && o.noConfig) throw new UsageError('Use either --config or --no-config, not both.');
  if (!o.help && !o.version && o.paths.length === 0) throw new UsageError('No files or folders given. Usage: pp-connector [options] <file|folder>... (--help for more).');
  return o;
}
