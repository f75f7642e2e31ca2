// The default, human format (ESLint's "stylish"): one block per file with `line:col  severity  message  rule-id`,
// then a summary line and the number of findings per rule, so a reviewer can judge each rule's noise.
// Everything that comes from a file, a file name or a configuration is made terminal-safe (terminalText.ts).
import { configFiles, countByRule, countReport, messageText, FileReport, RunReport, ruleId, severityName, sortDiagnostics } from '../report';
import { lineStart, terminalSafe } from '../terminalText';

export interface StylishOptions {
  color: boolean;
}

const LABEL = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' } as const;

export function formatStylish(report: RunReport, options: StylishOptions = { color: false }): string {
  const c = palette(options.color);
  const SEVERITY_COLOR = { error: c.red, warning: c.yellow, information: c.blue, hint: c.dim } as const;
  const out: string[] = [];
  for (const file of report.files) {
    const fixLines = fixSummary(file, c);
    if (!file.diagnostics.length && !fixLines.length) continue;
    out.push(c.underline(lineStart(file.displayPath)));
    out.push(...fixLines);
    const rows = sortDiagnostics(file.diagnostics).map(d => {
      const sev = severityName(d);
      return {
        pos: `${d.range.start.line + 1}:${d.range.start.character + 1}`,
        sev: LABEL[sev], color: SEVERITY_COLOR[sev],
        message: terminalSafe(oneLine(messageText(d))),
        rule: terminalSafe(ruleId(d)),
      };
    });
    const posW = Math.max(0, ...rows.map(r => r.pos.length));
    const sevW = Math.max(0, ...rows.map(r => r.sev.length));
    const msgW = Math.min(100, Math.max(0, ...rows.map(r => r.message.length)));
    for (const r of rows) {
      out.push(`  ${c.dim(r.pos.padEnd(posW))}  ${r.color(r.sev.padEnd(sevW))}  ${r.message.padEnd(msgW)}  ${c.dim(r.rule)}`);
    }
    out.push('');
  }
  for (const u of report.unreadable) out.push(`${c.red('error')}  ${terminalSafe(u.displayPath)}: ${terminalSafe(u.message)}`);
  const n = countReport(report);
  out.push(summaryLine(report, options));
  if (n.fixable && n.error + n.warning + n.information + n.hint > 0) out.push(`  ${plural(n.fixable, 'problem')} potentially fixable with the \`--fix\` option.`);
  // Which configuration files applied: a `"validate": false` or an "off" found above the checkout is visible here.
  for (const cfg of configFiles(report)) {
    out.push(`Configuration: ${terminalSafe(cfg.path)} (${plural(cfg.files, 'file')}${cfg.validate ? '' : '; "validate": false turns all checks off'})`);
  }
  if (n.error + n.warning + n.information + n.hint > 0) {
    const byRule = countByRule(report);
    const w = Math.max(...byRule.map(([id]) => id.length));
    out.push('', 'Findings by rule:');
    for (const [id, count] of byRule) out.push(`  ${id.padEnd(w)}  ${String(count).padStart(6)}`);
  }
  return out.join('\n') + '\n';
}

/** `✔ No problems (n files checked).` or `✖ n problems (...) in m of n files checked`. */
export function summaryLine(report: RunReport, options: StylishOptions = { color: false }): string {
  const c = palette(options.color);
  const n = countReport(report);
  const total = n.error + n.warning + n.information + n.hint;
  const checked = `${n.files} file${n.files === 1 ? '' : 's'} checked`;
  if (total === 0) return `${c.green('✔')} No problems (${checked}).`;
  const parts = [plural(n.error, 'error'), plural(n.warning, 'warning'), plural(n.information, 'info')];
  if (n.hint) parts.push(plural(n.hint, 'hint'));
  const mark = n.error ? c.red : n.warning ? c.yellow : c.blue;
  return mark(`✖ ${plural(total, 'problem')} (${parts.join(', ')}) in ${n.filesWithProblems} of ${checked}`);
}

function fixSummary(file: FileReport, c: Palette): string[] {
  const f = file.fixes;
  if (!f) return [];
  const titles = terminalSafe([...new Set(f.titles)].join('; '));
  if (f.error) {
    // A fix that was not written is said so, with the reason; the findings below are those of the file as it is.
    const could = f.applied ? ` (could fix ${plural(f.applied, 'problem')}: ${titles})` : '';
    return [`  ${c.red('not written')}  ${terminalSafe(f.error)}${could}`];
  }
  if (f.applied === 0) return [];
  const lines = [`  ${c.green(f.written ? 'fixed' : 'would fix')}  ${plural(f.applied, 'problem')}: ${titles}`];
  if (!f.written) {
    for (const ch of f.changes) {
      lines.push(c.dim(`  @@ -${ch.oldStart},${ch.oldLines.length} +${ch.newStart},${ch.newLines.length} @@`));
      for (const l of ch.oldLines) lines.push(c.red(`  -${terminalSafe(l)}`));
      for (const l of ch.newLines) lines.push(c.green(`  +${terminalSafe(l)}`));
    }
  }
  return lines;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function oneLine(s: string): string {
  return s.replace(/\s*\r?\n\s*/g, ' ').trim();
}

type Paint = (s: string) => string;
interface Palette { red: Paint; yellow: Paint; blue: Paint; green: Paint; dim: Paint; underline: Paint }

function palette(on: boolean): Palette {
  const wrap = (open: number, close: number): Paint => on ? s => `\u001b[${open}m${s}\u001b[${close}m` : s => s;
  return { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), green: wrap(32, 39), dim: wrap(2, 22), underline: wrap(4, 24) };
}
