// How much analysis a document gets. Real apiProperties.json files are small (the largest of 759 published
// connectors is 25 KB, nesting under 15 levels), so these limits never touch real files; they keep the server
// responsive and alive when it is handed something else: a huge generated file, a binary file with that name, or
// nesting deep enough to overflow the recursive JSON parser (vscode-json-languageservice overflows the default
// Node stack at about 2,500 nested objects).
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-json-languageservice';

export const LIMITS = {
  /** Above this size: syntax checks and editor features only; no schema, no connector rules. */
  fullAnalysisChars: 2 * 1024 * 1024,
  /** Above this size: not parsed at all; one information diagnostic. */
  parseChars: 16 * 1024 * 1024,
  /**
   * Deeper nesting is not parsed. Python's json (paconn) gives up near 1,000 levels, so no usable file is deeper;
   * 500 leaves the parser and schema validator a wide stack margin.
   */
  maxDepth: 500,
  /** A NUL character in the first bytes means a binary file (git's heuristic); JSON text never contains one raw. */
  binaryProbeChars: 8000,
};

/** full: everything; syntax: parsed, syntax diagnostics and features, no schema/rules; none: not parsed. */
export type AnalysisLevel = 'full' | 'syntax' | 'none';

export interface DocumentLimits {
  level: AnalysisLevel;
  /** Why the document is not fully analysed: the text of the single diagnostic. */
  reason?: string;
  /**
   * Of that diagnostic: an error when the file cannot be a valid apiProperties.json (binary), a warning when paconn
   * may fail on it too (deep nesting), information when only our analysis stops (size). The CLI exits 1 on the error.
   */
  severity?: DiagnosticSeverity;
}

export const LIMIT_CODE = 'analysis-limit';

function megabytes(chars: number): string {
  return (chars / (1024 * 1024)).toFixed(1) + ' MB';
}

export function assessDocument(text: string, limits = LIMITS): DocumentLimits {
  if (text.length > limits.parseChars) {
    return { level: 'none', severity: DiagnosticSeverity.Information, reason: `File too large to analyse (${megabytes(text.length)}; limit ${megabytes(limits.parseChars)}): no checks, completion or formatting.` };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0 && nul < limits.binaryProbeChars) {
    return { level: 'none', severity: DiagnosticSeverity.Error, reason: `This looks like a binary file (NUL character at offset ${nul}), not JSON text: not analysed.` };
  }
  const depth = nestingDepth(text, limits.maxDepth);
  if (depth > limits.maxDepth) {
    return { level: 'none', severity: DiagnosticSeverity.Warning, reason: `Nesting deeper than ${limits.maxDepth} levels: not analysed (real connectors nest under 15 levels; paconn fails near 1,000).` };
  }
  if (text.length > limits.fullAnalysisChars) {
    return { level: 'syntax', severity: DiagnosticSeverity.Information, reason: `File too large for full analysis (${megabytes(text.length)}; limit ${megabytes(limits.fullAnalysisChars)}): syntax checks only.` };
  }
  return { level: 'full' };
}

/**
 * Maximum bracket depth outside strings, stopping as soon as it exceeds `stopAbove`. A linear scan without
 * recursion, cheap next to parsing. Brackets inside comments count too: for broken text it errs towards deeper.
 */
export function nestingDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      // A line break ends an unterminated string, as in the JSON scanner.
      else if (c === 0x22 /* " */ || c === 0x0a || c === 0x0d) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > max) {
        max = depth;
        if (max > stopAbove) return max;
      }
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (depth > 0) depth--;
    }
  }
  return max;
}

/** The single diagnostic of a document that is not fully analysed. */
export function limitDiagnostic(limits: DocumentLimits, source: string): Diagnostic | undefined {
  if (!limits.reason) return undefined;
  return Diagnostic.create(Range.create(0, 0, 0, 0), limits.reason, limits.severity ?? DiagnosticSeverity.Information, LIMIT_CODE, source);
}
