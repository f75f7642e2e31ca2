// The code-action tests use the shared engine harness (test/support/engine.ts): a document with a `|` caret, the
// action's title, the full expected document, every applied fix re-validated (assertRepaired). Here: their test data.
export {
  actionsAt, apply, applyAt, assertFixAllIdempotent, assertRepaired, diagnostics as validate, doc, fixAll, service, SETTINGS,
  summarize, titles,
} from '../../support/engine';

/** Multi-line documents in tests read better as arrays of lines. */
export const lines = (...l: string[]) => l.join('\n');

/** A one-set multi-auth document whose set declares `params` (raw JSON members, indented for the set). */
export const SETS = (params: string, ui = '"displayName": "Authentication type"') => `{
  "properties": {
    "iconBrandColor": "#123456",
    "connectionParameterSets": {
      "uiDefinition": {${ui}, "description": "Choose"},
      "values": [
        {
          "name": "key",
          "uiDefinition": {"displayName": "Key", "description": "Key"},
          "parameters": {
${params}
          }
        }
      ]
    }
  }
}`;
