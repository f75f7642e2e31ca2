// Renders the dialog view model as one self-contained HTML page for a VS Code webview (or any browser). Pure: no
// VS Code, no DOM, no Node APIs, so the client bundle, the tests and the screenshot script all use the same code.
// Every string from the document is untrusted and goes through escapeHtml; the page loads nothing remote and runs
// only the inline script carrying the nonce (CSP below), so a hostile apiProperties.json cannot run code in the
// webview.
import type { DialogField, DialogSet, DialogViewModel, DialogWarning, SourceSpan } from './dialogModel';

export interface RenderOptions {
  /** Random per render; allows exactly our <style> and <script>. */
  nonce: string;
  /** `webview.cspSource`, when rendered inside VS Code. */
  cspSource?: string;
  /** Shown in the caption, e.g. the file name. */
  documentName?: string;
  /** Kept in the webview state, so VS Code can restore the panel for this document after a reload. */
  documentUri?: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, ch => ESCAPES[ch]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function contentSecurityPolicy(options: RenderOptions): string {
  const nonce = `'nonce-${options.nonce}'`;
  const styleSources = options.cspSource ? `${nonce} ${options.cspSource}` : nonce;
  return `default-src 'none'; style-src ${styleSources}; script-src ${nonce}; img-src data:; form-action 'none'; base-uri 'none'`;
}

export function renderDialogHtml(view: DialogViewModel, options: RenderOptions): string {
  if (!/^[A-Za-z0-9+/=_-]+$/.test(options.nonce)) throw new Error('nonce must be base64/base64url characters');
  // VS Code's cspSource may list several sources (the web host adds its CDN); it must never end the directive or
  // relax it.
  if (options.cspSource && (/[;,\r\n"]/.test(options.cspSource) || /unsafe-/i.test(options.cspSource))) {
    throw new Error('cspSource must be a list of source expressions');
  }
  const nonce = escapeHtml(options.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(options))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Connection dialog preview</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body${options.documentUri ? ` data-document-uri="${escapeHtml(options.documentUri)}"` : ''}>
${renderDialogBody(view, options.documentName)}
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}

/**
 * The `<main>` element alone. After the first page load the panel sends this in an `update` message, and the page
 * swaps it in place: no reload, so no flicker and the scroll position and chosen set stay.
 */
export function renderDialogBody(view: DialogViewModel, documentName?: string): string {
  const caption = documentName ? ` · ${escapeHtml(documentName)}` : '';
  return `<main class="preview" data-kind="${view.kind}">
<p class="caption">Connection dialog preview${caption}</p>
<section class="dialog" aria-label="New connection">
<h1 class="dialog-title">Create connection</h1>
${renderAuthType(view)}${view.sets.map(set => renderSetPanel(view, set)).join('')}<div class="actions"><button type="button" class="primary" disabled>Create</button><button type="button" class="secondary" disabled>Cancel</button></div>
</section>
${renderNotes(view)}</main>`;
}

/** A page with one message (no document, server not ready), under the same CSP and theme. */
export function renderMessageHtml(message: string, options: RenderOptions): string {
  const nonce = escapeHtml(options.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(options))}">
<title>Connection dialog preview</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body><main class="preview"><p class="empty">${escapeHtml(message)}</p></main></body>
</html>
`;
}

function renderAuthType(view: DialogViewModel): string {
  if (view.kind !== 'multi') return '';
  const options = view.sets.map(set =>
    `<option value="${set.index}"${spanAttrs(set.span)}${set.labelIsRawName ? ' class="raw-name"' : ''}${set.index === 0 ? ' selected' : ''}>${escapeHtml(set.label)}</option>`,
  ).join('');
  const placeholder = view.authPlaceholder ? `<p class="help">${escapeHtml(view.authPlaceholder)}</p>` : '';
  return `<div class="field auth-type"><label for="auth-type">${escapeHtml(view.authLabel)}<span class="required" title="required">*</span></label><select id="auth-type" name="auth-type">${options}</select>${placeholder}</div>\n`;
}

function renderSetPanel(view: DialogViewModel, set: DialogSet): string {
  const hidden = set.index === 0 ? '' : ' hidden';
  const description = view.kind === 'multi' && set.description ? `<p class="set-description">${escapeHtml(set.description)}</p>` : '';
  let body: string;
  if (view.kind === 'none') {
    body = '<p class="empty">No connection inputs: the connection is created without asking for anything.</p>';
  } else if (set.fields.length === 0) {
    body = '<p class="empty">This authentication type asks for nothing.</p>';
  } else {
    const fieldWarnings = warningsByField(view.warnings, set);
    body = set.fields.map((field, i) => renderField(set, field, i, fieldWarnings.get(field) ?? [])).join('\n');
  }
  return `<div class="set" data-set-panel="${set.index}"${set.name !== undefined ? ` data-set-name="${escapeHtml(set.name)}"` : ''}${hidden}>${description}\n${body}\n</div>\n`;
}

function renderField(set: DialogSet, field: DialogField, i: number, warnings: DialogWarning[]): string {
  const id = `f-${set.index}-${i}`;
  const classes = ['field', `control-${field.control}`];
  if (field.gatewayOnly) classes.push('gateway-only');
  if (warnings.length) classes.push('has-warning');
  const required = field.required ? '<span class="required" title="required">*</span>' : '';
  const badges = [
    field.gatewayOnly ? '<span class="badge gateway">Gateway only</span>' : '',
    field.shownWhen ? `<span class="badge">Shown when ${escapeHtml(field.shownWhen)}</span>` : '',
    field.hasSecretDefault ? '<span class="badge" title="The file sets a default for this secure input; its value is not shown.">Default set</span>' : '',
    ...warnings.map(w => `<span class="badge warn" title="${escapeHtml(w.message)}">${WARNING_BADGES[w.code] ?? 'Check'}</span>`),
  ].join('');
  const title = field.tooltip ? ` title="${escapeHtml(field.tooltip)}"` : '';
  const label = field.control === 'signIn' ? '' : `<label for="${id}"${title}>${escapeHtml(field.label)}${required}</label>`;
  const placeholder = field.description ? ` placeholder="${escapeHtml(field.description)}"` : '';
  const value = field.defaultValue !== undefined ? ` value="${escapeHtml(field.defaultValue)}"` : '';
  const common = `id="${id}" name="${escapeHtml(field.name)}"${field.required ? ' required' : ''}`;
  let control: string;
  switch (field.control) {
    case 'password': control = `<input type="password" ${common}${placeholder} autocomplete="off">`; break;
    case 'number': control = `<input type="number" ${common}${placeholder}${value}>`; break;
    case 'checkbox': control = `<input type="checkbox" ${common}>`; break;
    case 'select': control = `<select ${common}>${(field.options ?? []).map(o =>
      `<option value="${escapeHtml(o.value)}"${o.value === field.defaultValue ? ' selected' : ''}>${escapeHtml(o.label)}</option>`).join('')}</select>`; break;
    case 'signIn': control = `<button type="button" class="sign-in" ${common}${title}>Sign in with ${escapeHtml(field.provider ?? 'OAuth 2.0')}</button>`; break;
    case 'gateway': control = `<select ${common} disabled><option>Choose an on-premises data gateway</option></select>`; break;
    default: control = `<input type="text" ${common}${placeholder}${value} autocomplete="off">`;
  }
  const help = field.description && (field.control === 'select' || field.control === 'checkbox' || field.control === 'gateway')
    ? `<p class="help">${escapeHtml(field.description)}</p>` : '';
  return `<div class="${classes.join(' ')}" data-field="${escapeHtml(field.name)}"${spanAttrs(field.span)}>${label}${badges}${control}${help}</div>`;
}

const WARNING_BADGES: Partial<Record<DialogWarning['code'], string>> = {
  'boolean-hidden': 'Not hidden',
  'boolean-required': 'Ambiguous required',
  'clear-text-string': 'Still masked',
};

/** Warnings that sit inside a field's definition are also shown on the field itself. */
function warningsByField(warnings: DialogWarning[], set: DialogSet): Map<DialogField, DialogWarning[]> {
  const out = new Map<DialogField, DialogWarning[]>();
  for (const w of warnings) {
    if (!w.span || !WARNING_BADGES[w.code]) continue;
    const field = set.fields.find(f => w.span!.offset >= f.span.offset && w.span!.offset + w.span!.length <= f.span.offset + f.span.length);
    if (field) out.set(field, [...(out.get(field) ?? []), w]);
  }
  return out;
}

function renderNotes(view: DialogViewModel): string {
  const warnings = view.warnings.map(w =>
    `<li class="warning" data-code="${w.code}"${w.set !== undefined ? ` data-set="${w.set}"` : ''}${w.span ? spanAttrs(w.span) : ''}>${escapeHtml(w.message)}</li>`).join('');
  const omitted = view.sets.map(set => {
    if (!set.omitted.length) return '';
    const items = set.omitted.map(o => `<li${spanAttrs(o.span)}><code>${escapeHtml(o.name)}</code> — ${escapeHtml(o.reason)}</li>`).join('');
    return `<div class="omitted" data-set-panel="${set.index}"${set.index === 0 ? '' : ' hidden'}><h2>Not shown in the dialog</h2><ul>${items}</ul></div>`;
  }).join('');
  const parts: string[] = [];
  if (warnings) parts.push(`<h2>What the platform will do differently</h2><ul class="warnings">${warnings}</ul>`);
  if (omitted) parts.push(omitted);
  return parts.length ? `<section class="notes">${parts.join('')}</section>\n` : '';
}

function spanAttrs(span: SourceSpan): string {
  return ` data-offset="${span.offset}" data-length="${span.length}"`;
}

// Theme colours come from VS Code's CSS variables; the fallbacks give a light page in a plain browser.
const STYLE = `
:root { color-scheme: light dark; }
body { margin: 0; padding: 16px; background: var(--vscode-editor-background, #ffffff); color: var(--vscode-foreground, #1f1f1f);
  font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif); font-size: var(--vscode-font-size, 13px); }
.caption { margin: 0 0 8px; color: var(--vscode-descriptionForeground, #616161); font-size: 0.92em; }
.dialog { max-width: 440px; padding: 16px 20px; border: 1px solid var(--vscode-panel-border, #d0d0d0); border-radius: 6px;
  background: var(--vscode-sideBar-background, #f8f8f8); }
.dialog-title { margin: 0 0 12px; font-size: 1.25em; font-weight: 600; }
.field { margin: 0 0 12px; padding: 2px 4px; border-radius: 4px; cursor: pointer; }
.field:hover { outline: 1px dashed var(--vscode-focusBorder, #0078d4); }
.field label { display: block; margin-bottom: 4px; font-weight: 600; }
.required { color: var(--vscode-errorForeground, #c42b1c); margin-left: 2px; }
input[type=text], input[type=password], input[type=number], select { box-sizing: border-box; width: 100%; padding: 5px 6px;
  color: var(--vscode-input-foreground, #1f1f1f); background: var(--vscode-input-background, #ffffff);
  border: 1px solid var(--vscode-input-border, #8a8a8a); border-radius: 2px; font: inherit; }
select { background: var(--vscode-dropdown-background, #ffffff); color: var(--vscode-dropdown-foreground, #1f1f1f);
  border-color: var(--vscode-dropdown-border, #8a8a8a); }
input::placeholder { color: var(--vscode-input-placeholderForeground, #767676); }
.help, .set-description { margin: 4px 0 0; color: var(--vscode-descriptionForeground, #616161); font-size: 0.92em; }
.set-description { margin: 0 0 10px; }
.badge { display: inline-block; margin: 0 0 4px 0; margin-right: 4px; padding: 0 6px; border-radius: 8px; font-size: 0.85em;
  background: var(--vscode-badge-background, #616161); color: var(--vscode-badge-foreground, #ffffff); }
.badge.warn { background: var(--vscode-editorWarning-foreground, #bf8803); color: var(--vscode-editor-background, #ffffff); }
button { font: inherit; padding: 5px 14px; border-radius: 2px; border: 1px solid transparent; cursor: pointer; }
.sign-in, .primary { background: var(--vscode-button-background, #0078d4); color: var(--vscode-button-foreground, #ffffff); }
.secondary { background: var(--vscode-button-secondaryBackground, #e5e5e5); color: var(--vscode-button-secondaryForeground, #1f1f1f); }
.primary[disabled], .secondary[disabled] { opacity: 0.6; cursor: default; }
.actions { display: flex; gap: 8px; margin-top: 16px; }
.empty { color: var(--vscode-descriptionForeground, #616161); font-style: italic; }
.notes { max-width: 480px; margin-top: 16px; }
.notes h2 { font-size: 1em; margin: 12px 0 4px; }
.notes ul { margin: 0; padding-left: 18px; }
.notes li { margin: 2px 0; cursor: pointer; }
.warning { color: var(--vscode-editorWarning-foreground, #8a5a00); }
code { font-family: var(--vscode-editor-font-family, monospace); }
[hidden] { display: none !important; }
`;

// Switches the visible set and, inside VS Code, asks the extension to reveal a definition on click. Plain ES2017,
// no inline handlers (the CSP would block them).
const SCRIPT = `
(function () {
  var api = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  var current = null;
  var documentUri = document.body.getAttribute('data-document-uri') || undefined;
  function save() { if (api) api.setState({ set: current === null ? undefined : current, uri: documentUri }); }
  function select() { return document.getElementById('auth-type'); }
  function show(index) {
    document.querySelectorAll('[data-set-panel]').forEach(function (el) {
      el.hidden = el.getAttribute('data-set-panel') !== String(index);
    });
    current = Number(index);
    save();
  }
  function reveal(el) {
    if (!api || !el) return;
    api.postMessage({ type: 'reveal', offset: Number(el.getAttribute('data-offset')), length: Number(el.getAttribute('data-length')) });
  }
  function restore() {
    var s = select();
    if (!s) return;
    var state = api && api.getState();
    var wanted = current !== null ? current : state && typeof state.set === 'number' ? state.set : Number(s.value);
    if (wanted < s.options.length) s.value = String(wanted);
    show(s.value);
  }
  document.addEventListener('change', function (event) {
    var s = select();
    if (!s || event.target !== s) return;
    show(s.value);
    reveal(s.options[s.selectedIndex]);
  });
  document.addEventListener('click', function (event) {
    var target = event.target;
    // A click on a <label for> is followed by a click on its control: reveal once, from the control's click.
    if (!target || !target.closest || target.closest('label[for]')) return;
    var el = target.closest('[data-offset]');
    if (el && el.tagName !== 'OPTION') reveal(el);
  });
  window.addEventListener('message', function (event) {
    var m = event.data;
    if (!m || m.type !== 'update' || typeof m.html !== 'string') return;
    var main = document.querySelector('main.preview');
    if (!main) return;
    main.outerHTML = m.html;
    restore();
  });
  restore();
  save();
  // Tells the panel that update messages can be received from now on.
  if (api) api.postMessage({ type: 'ready' });
})();
`;
