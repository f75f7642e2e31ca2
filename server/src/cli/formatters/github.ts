// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.
// Severity maps to ::error / ::warning / ::notice; values are escaped as the runner requires.
import { terminalSafe } from '../terminalText';
import { countReport, messageText, RunReport, ruleId, severityName, sortDiagnostics } from '../report';

const COMMAND = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' } as const;

export function formatGithub(report: RunReport): string {
  const out: string[] = [];
  for (const f of report.files) {
    for (const d of sortDiagnostics(f.diagnostics)) {
      const props = [
        `file=${escapeProperty(f.displayPath)}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(ruleId(d))}`,
      ];
      out.push(`::${COMMAND[severityName(d)]} ${props.join(',')}::${escapeData(messageText(d))}`);
    }
  }
  for (const u of report.unreadable) out.push(`::error file=${escapeProperty(u.displayPath)},title=io-error::${escapeData(u.message)}`);
  const n = countReport(report);
  out.push(`pp-connector: ${n.files} file(s) checked, ${n.error} error(s), ${n.warning} warning(s), ${n.information + n.hint} info.`);
  return out.join('\n') + '\n';
}

/** Escaped as the runner requires; other control characters (which the log would render) as visible escapes. */
export function escapeData(s: string): string {
  return terminalSafe(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
