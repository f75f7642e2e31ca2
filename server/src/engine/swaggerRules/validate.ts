// Diagnostics for one swagger text: one parse (model.ts), then every enabled swagger rule. Same shape as the
// apiProperties diagnostics: stable `code` (the rule id), our `source`, exact range, link to the doc page, and `data`
// with the rule id, the validator's error name and any fixes. JSON syntax errors are left to the editor's JSON support.
import { Diagnostic, DiagnosticSeverity, Position, Range } from 'vscode-json-languageservice';
import type { EngineSettings, Profile, Severity } from '../settings';
import { DEFAULT_DOCS_BASE, SOURCE, toDiagnosticSeverity } from '../validation';
import { buildSwaggerModel, ParseResult, SwaggerModel } from './model';
import { SWAGGER_RULES } from './registry';
import type { SwaggerFinding, SwaggerRule } from './types';

export interface SwaggerValidationOptions {
  settings: EngineSettings;
  profile: Profile;
  docsBase?: string;
  /** Rules to run; defaults to the registry (tests pass one rule). */
  rules?: readonly SwaggerRule[];
  onRuleError?: (ruleId: string, error: unknown) => void;
  /** The result of buildSwaggerModel for this very text, when the caller has it already (one parse per text). */
  parsed?: ParseResult;
}

export interface SwaggerValidation {
  diagnostics: Diagnostic[];
  /** Why no rule ran (not a JSON object, nested too deeply); undefined when the rules ran. */
  problem?: string;
  model?: SwaggerModel;
}

export function validateSwaggerText(uri: string, text: string, options: SwaggerValidationOptions): SwaggerValidation {
  const { settings } = options;
  if (!settings.validate) return { diagnostics: [] };
  const parsed = options.parsed ?? buildSwaggerModel(text);
  if (!parsed.model) return { diagnostics: [], problem: parsed.problem };
  const model = parsed.model;
  const positionAt = positions(text);
  const docsBase = options.docsBase ?? DEFAULT_DOCS_BASE;
  const out: Diagnostic[] = [];
  for (const rule of options.rules ?? SWAGGER_RULES) {
    const level = settings.rules[rule.id] ?? rule.severity;
    if (level === 'off') continue;
    if (rule.profiles && !rule.profiles.includes(options.profile)) continue;
    const overridden = settings.rules[rule.id] !== undefined;
    const report = (f: SwaggerFinding) => {
      const offset = f.node ? f.node.offset : f.offset;
      const length = f.node ? f.node.length : f.length ?? 0;
      if (offset === undefined || offset < 0 || offset + length > text.length) return;
      const severity: Severity = overridden ? level as Severity : f.severity ?? level as Severity;
      const d = Diagnostic.create(Range.create(positionAt(offset), positionAt(offset + length)), printable(f.message),
        toDiagnosticSeverity(severity) as DiagnosticSeverity, rule.id, SOURCE);
      d.codeDescription = { href: docsBase + rule.id + '.md' };
      d.data = {
        ruleId: rule.id,
        ...(rule.validatorName ? { validatorName: rule.validatorName } : {}),
        ...(f.data ?? {}),
        ...(f.fixes?.length ? { fixes: f.fixes } : {}),
      };
      out.push(d);
    };
    try {
      rule.check(model, { text, uri, profile: options.profile, report });
    } catch (error) {
      options.onRuleError?.(rule.id, error);
    }
  }
  return { diagnostics: out, model };
}

/**
 * TextDocument.positionAt for `text`, set up on the first finding: line starts found with indexOf (or, where the text
 * has carriage returns, a regular expression for CRLF, CR and LF, TextDocument's line ends) and extended only as far
 * as the findings reach; most swaggers have a few, often near the top. TextDocument itself reads every character of a
 * megabyte swagger first.
 */
function positions(text: string): (offset: number) => Position {
  let at: ((offset: number) => Position) | undefined;
  return offset => (at ??= lineIndex(text))(offset);
}

const isEol = (code: number) => code === 13 || code === 10;

/** Exported for its test, which compares it with TextDocument.positionAt. */
export function lineIndex(text: string): (offset: number) => Position {
  const starts = [0];
  const eol = text.includes('\r') ? /\r\n?|\n/g : undefined;
  // Where the search for the next line end starts; -1 once the last line start is known.
  let scanned = 0;
  return offset => {
    const o = Math.max(Math.min(offset, text.length), 0);
    while (scanned >= 0 && scanned <= o) {
      if (eol) {
        eol.lastIndex = scanned;
        const m = eol.exec(text);
        scanned = m ? m.index + m[0].length : -1;
      } else {
        scanned = text.indexOf('\n', scanned);
        if (scanned >= 0) scanned++;
      }
      if (scanned >= 0) starts.push(scanned);
    }
    let low = 0, high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] > o) high = mid; else low = mid + 1;
    }
    const line = low - 1;
    // Between the CR and the LF of a CRLF, TextDocument answers the end of the line.
    let character = o;
    while (eol && character > starts[line] && isEol(text.charCodeAt(character - 1))) character--;
    return Position.create(line, character - starts[line]);
  };
}

/** Names and paths from the file are quoted in messages: control characters must not reach a terminal or a log. */
function printable(message: string): string {
  // eslint-disable-next-line no-control-regex
  return message.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
}
