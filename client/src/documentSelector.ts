// The documents the language server serves (the server decides the kind of each: server/src/lsp/documentKinds.ts).
// Only apiProperties.json has a language of its own; a swagger stays `json` and a script.csx stays `csharp`, so
// VS Code's JSON support and the C# extension keep their features there and ours are added beside them. The server
// registers formatting, folding and selection ranges for apiProperties only, so it never competes as a formatter.
import type { DocumentSelector } from 'vscode-languageclient';

export const LANGUAGE_ID = 'apiproperties';

/** apiDefinition.swagger.json in any casing (VS Code's globs match case-sensitively). */
export const SWAGGER_PATTERN = '**/*.[sS][wW][aA][gG][gG][eE][rR].[jJ][sS][oO][nN]';

export const CONNECTOR_DOCUMENT_SELECTOR: DocumentSelector = [
  { language: LANGUAGE_ID },
  { pattern: SWAGGER_PATTERN },
  { pattern: '**/*.[cC][sS][xX]' },
  { pattern: '**/settings.json' },
];

/**
 * VS Code's own settings files share the name settings.json; their text is never sent to the server (it may hold
 * tokens, and a trace would log it). paconn's settings.json sits in a connector folder, never in `.vscode`.
 */
export function isSentToServer(doc: { uri: { scheme: string; path: string } }): boolean {
  if (!/(^|\/)settings\.json$/i.test(doc.uri.path)) return true;
  return doc.uri.scheme !== 'vscode-userdata' && !/\/\.vscode\/settings\.json$/i.test(doc.uri.path);
}
