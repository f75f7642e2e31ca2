// The swagger rules on a (mutated) swagger: every rule runs (certified profile, so certification-only rules run too)
// without throwing, every range is inside the text and not reversed, no message carries a control character, and every
// fix's edits stay inside the text and leave it parseable when it was.
import { parseTree, ParseError } from 'jsonc-parser';
import type { FixData } from '../../server/src/engine';
import { validateSwaggerText } from '../../server/src/engine/swaggerRules/validate';
import { fixToEdits } from '../../server/src/engine/codeActions/fixData';
import { detectFormatting } from '../../server/src/engine/codeActions/formatting';
import { applyOffsetEdits } from '../../server/src/engine/codeActions/textEdits';

const SETTINGS = { validate: true, rules: {}, profile: 'auto' as const };

export function swaggerRuleFailures(uri: string, text: string): string[] {
  const failures: string[] = [];
  let result;
  try {
    result = validateSwaggerText(uri, text, { settings: SETTINGS, profile: 'certified', onRuleError: (id, e) => failures.push(`swagger rule ${id} threw ${e instanceof Error ? e.message : String(e)}`) });
  } catch (e) {
    return [`validateSwaggerText threw ${e instanceof Error ? e.message : String(e)}`];
  }
  const lines = text.split(/\r\n|\r|\n/);
  const lineLength = (l: number) => lines[l]?.length ?? -1;
  for (const d of result.diagnostics) {
    const { start, end } = d.range;
    if (start.line >= lines.length || end.line >= lines.length || start.character > lineLength(start.line) || end.character > lineLength(end.line)) failures.push(`swagger [${d.code}] range outside the text: ${JSON.stringify(d.range)}`);
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) failures.push(`swagger [${d.code}] reversed range: ${JSON.stringify(d.range)}`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f-\u009f]/.test(String(d.message))) failures.push(`swagger [${d.code}] control character in the message`);
  }
  if (failures.length) return failures;
  // Nesting deeper than the stack is "not parseable" here (the rules report nothing on it).
  const parses = (t: string) => { const errors: ParseError[] = []; try { parseTree(t, errors, { allowTrailingComma: true }); } catch { return false; } return errors.length === 0; };
  if (!result.diagnostics.length) return failures;
  const before = parses(text);
  const formatting = detectFormatting(text);
  for (const d of result.diagnostics) {
    for (const fix of ((d.data as { fixes?: FixData[] } | undefined)?.fixes ?? [])) {
      let edits;
      try { edits = fixToEdits(text, fix, formatting); } catch (e) { failures.push(`swagger [${d.code}] fix "${fix.title}" threw ${e instanceof Error ? e.message : String(e)}`); continue; }
      if (edits.some(e => e.offset < 0 || e.length < 0 || e.offset + e.length > text.length)) { failures.push(`swagger [${d.code}] fix "${fix.title}" edits outside the text`); continue; }
      if (before && edits.length && !parses(applyOffsetEdits(text, edits))) failures.push(`swagger [${d.code}] fix "${fix.title}" breaks the JSON`);
    }
  }
  return failures;
}
