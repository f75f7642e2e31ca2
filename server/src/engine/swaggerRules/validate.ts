// Diagnostics for one swagger text: one parse (model.ts), then every enabled swagger rule. Same shape as the
// apiProperties diagnostics: stable `code` (the rule id), our `source`, exact range, link to the doc page, and `data`
// with the rule id, the validator's error name and any fixes. JSON syntax errors are left to the editor's JSON support.
import { Diagnostic, DiagnosticSeverity, Position, Range } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
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
  const positionAt = positions(uri, text);
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
 * TextDocument.positionAt for `text`, set up on the first finding: line starts found with indexOf (a megabyte swagger
 * in about a millisecond, where TextDocument reads every character). Texts with a carriage return go through
 * TextDocument itself, which knows CR and CRLF line ends.
 */
function positions(uri: string, text: string): (offset: number) => Position {
  let at: ((offset: number) => Position) | undefined;
  return offset => (at ??= lineIndex(uri, text))(offset);
}

function lineIndex(uri: string, text: string): (offset: number) => Position {
  if (text.includes('\r')) {
    const document = TextDocument.create(uri, 'json', 0, text);
    return offset => document.positionAt(offset);
  }
  // Extended only as far as the findings reach (most swaggers have a few, often near the top).
  const starts = [0];
  let scanned = 0;
  return offset => {
    const o = Math.max(Math.min(offset, text.length), 0);
    while (scanned >= 0 && scanned <= o) {
      scanned = text.indexOf('\n', scanned);
      if (scanned >= 0) starts.push(++scanned);
    }
    let low = 0, high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] > o) high = mid; else low = mid + 1;
    }
    return Position.create(low - 1, o - starts[low - 1]);
  };
}

/** Names and paths from the file are quoted in messages: control characters must not reach a terminal or a log. */
function printable(message: string): string {
  // eslint-disable-next-line no-control-regex
  return message.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
}
