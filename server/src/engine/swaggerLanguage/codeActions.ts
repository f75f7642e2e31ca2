// Code actions in a swagger: a quick fix for each fix a swagger rule attached to a diagnostic (data.fixes, anchored at
// the flagged node, applied by the same edit machinery as apiProperties fixes), and `source.fixAll` applying every
// fix its rule marked safe, re-validating between rounds.
import type { CodeAction, CodeActionContext, Range } from 'vscode-json-languageservice';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_KIND, kindRequested } from '../codeActions';
import { fixAllEdit } from '../codeActions/fixAll';
import { detectFormatting } from '../codeActions/formatting';
import { quickFixActions } from '../codeActions/quickFixes';
import { toTextEdit } from '../codeActions/textEdits';
import { LIMITS } from '../limits';
import { SwaggerValidationOptions, validateSwaggerText } from '../swaggerRules/validate';

export const SWAGGER_FIX_ALL_TITLE = 'Fix all safe swagger problems';

export async function swaggerCodeActions(document: TextDocument, _range: Range, context: CodeActionContext, options: SwaggerValidationOptions): Promise<CodeAction[]> {
  const text = document.getText();
  if (text.length > LIMITS.parseChars) return [];
  const only = context.only;
  const actions: CodeAction[] = [];
  if (kindRequested(only, 'quickfix')) actions.push(...quickFixActions(document, context.diagnostics ?? [], detectFormatting(text)));
  if (only?.length && kindRequested(only, FIX_ALL_KIND)) {
    const e = await fixAllEdit(document, async d => validateSwaggerText(d.uri, d.getText(), options).diagnostics);
    if (e) actions.push({ title: SWAGGER_FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: [toTextEdit(document, e)] } } });
  }
  return actions;
}
