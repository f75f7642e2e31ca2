// Machine-readable report: one object per file with 1-based positions, plus totals and per-rule counts.
// Shape is documented in the README (CLI section); fields are only ever added.
import { jsonTerminalSafe } from '../terminalText';
import { configFiles, countByRule, countReport, messageText, RunReport, ruleId, severityName, sortDiagnostics } from '../report';

export function formatJson(report: RunReport): string {
  const counts = countReport(report);
  const out = {
    version: report.toolVersion,
    files: report.files.map(f => ({
      path: f.displayPath,
      ...(f.swaggerPath ? { swagger: f.swaggerPath } : {}),
      ...(f.config ? { config: f.config.displayPath } : {}),
      errorCount: f.diagnostics.filter(d => severityName(d) === 'error').length,
      warningCount: f.diagnostics.filter(d => severityName(d) === 'warning').length,
      messages: sortDiagnostics(f.diagnostics).map(d => ({
        ruleId: ruleId(d),
        severity: severityName(d),
        message: messageText(d),
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        ...(d.codeDescription?.href ? { docs: d.codeDescription.href } : {}),
        ...(d.data !== undefined ? { data: d.data } : {}),
      })),
      ...(f.fixes ? { fixes: f.fixes } : {}),
    })),
    unreadable: report.unreadable.map(u => ({ path: u.displayPath, message: u.message })),
    configFiles: configFiles(report),
    summary: {
      files: counts.files,
      errors: counts.error,
      warnings: counts.warning,
      information: counts.information,
      hints: counts.hint,
      fixable: counts.fixable,
      byRule: Object.fromEntries(countByRule(report)),
    },
  };
  return jsonTerminalSafe(JSON.stringify(out, null, 2)) + '\n';
}
