// The namespaces custom code may import: the "Supported namespaces" list of the Learn page "Write code in a custom
// connector" (learn.microsoft.com/connectors/custom-connectors/write-code). Certification rejects others (reviewers'
// word in microsoft/PowerPlatformConnectors PR #3478), while a custom connector that imports one can still run, so an
// unlisted namespace is a warning. Namespaces are case-sensitive in C#.
export const SUPPORTED_NAMESPACES: ReadonlySet<string> = new Set([
  'System',
  'System.Collections',
  'System.Collections.Generic',
  'System.Diagnostics',
  'System.IO',
  'System.IO.Compression',
  'System.Linq',
  'System.Net',
  'System.Net.Http',
  'System.Net.Http.Headers',
  'System.Net.Security',
  'System.Security.Authentication',
  'System.Security.Cryptography',
  'System.Text',
  'System.Text.RegularExpressions',
  'System.Threading',
  'System.Threading.Tasks',
  'System.Web',
  'System.Xml',
  'System.Xml.Linq',
  'System.Drawing',
  'System.Drawing.Drawing2D',
  'System.Drawing.Imaging',
  'Microsoft.Extensions.Logging',
  'Newtonsoft.Json',
  'Newtonsoft.Json.Linq',
]);

/**
 * True when a using directive imports only what the list allows: the namespace itself, or for `using static T;` and
 * `using A = N.T;` (which name a type, or a namespace) the namespace that holds it.
 */
export function isSupportedImport(name: string, namesType: boolean): boolean {
  if (SUPPORTED_NAMESPACES.has(name)) return true;
  if (!namesType) return false;
  const dot = name.lastIndexOf('.');
  return dot > 0 && SUPPORTED_NAMESPACES.has(name.slice(0, dot));
}
