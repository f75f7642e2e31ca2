// The rendered page: every untrusted string escaped, a strict CSP with our nonce, nothing remote, one option per
// set and the controls the platform would show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dialogFor, fixtureText } from './support';
import { contentSecurityPolicy, escapeHtml, renderDialogHtml } from '../../../server/src/engine/preview/renderHtml';

const NONCE = 'bm9uY2Utc2VjcmV0';
const render = (text: string, cspSource?: string) => renderDialogHtml(dialogFor(text), { nonce: NONCE, cspSource, documentName: 'apiProperties.json' });

const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">\'`&';
const hostileText = JSON.stringify({
  properties: {
    connectionParameterSets: {
      uiDefinition: { displayName: HOSTILE, description: HOSTILE },
      values: [
        {
          name: HOSTILE,
          uiDefinition: { description: HOSTILE },
          parameters: {
            [`p${'_'.repeat(3)}`]: { type: 'string', defaultValue: HOSTILE, uiDefinition: { displayName: HOSTILE, description: HOSTILE, tooltip: `t${HOSTILE}`, constraints: { required: 'true', allowedValues: [{ text: HOSTILE, value: HOSTILE }] } } },
            tok: { type: 'oauthSetting', oAuthSettings: { identityProvider: HOSTILE } },
          },
        },
        { name: 'x', uiDefinition: { displayName: HOSTILE }, parameters: { [HOSTILE]: { type: 'string', uiDefinition: { constraints: { hidden: 'true' } } } } },
      ],
    },
  },
});

test('escapeHtml escapes markup and quote characters', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&\`</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
});

test('untrusted names, labels, descriptions, tooltips and values never reach the page as markup', () => {
  const html = render(hostileText);
  // Exactly one <script> element: ours, carrying the nonce.
  assert.deepEqual(html.match(/<script\b[^>]*>/g), [`<script nonce="${NONCE}">`]);
  assert.equal(/<img\b/i.test(html), false);
  assert.equal(/\sonerror="/i.test(html), false);
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;&#39;&#96;&amp;'));
  // The hostile provider name is escaped inside the sign-in button text.
  assert.ok(html.includes('>Sign in with &lt;script&gt;alert(1)'));
});

test('the CSP allows only the nonce (plus the webview source for styles) and nothing by default', () => {
  const html = render(fixtureText('multi-auth'), 'vscode-webview://abc');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
  assert.equal(csp, `default-src 'none'; style-src 'nonce-${NONCE}' vscode-webview://abc; script-src 'nonce-${NONCE}'; img-src data:; form-action 'none'; base-uri 'none'`.replace(/'/g, '&#39;'));
  assert.equal(contentSecurityPolicy({ nonce: 'n' }), "default-src 'none'; style-src 'nonce-n'; script-src 'nonce-n'; img-src data:; form-action 'none'; base-uri 'none'");
  assert.deepEqual(html.match(/<style\b[^>]*>/g), [`<style nonce="${NONCE}">`]);
  assert.throws(() => renderDialogHtml(dialogFor('{}'), { nonce: "x' 'unsafe-inline" }), /nonce/);
  assert.throws(() => renderDialogHtml(dialogFor('{}'), { nonce: 'x', cspSource: "* 'unsafe-eval'" }), /cspSource/);
  assert.throws(() => renderDialogHtml(dialogFor('{}'), { nonce: 'x', cspSource: 'https://a; script-src *' }), /cspSource/);
  // The web host's cspSource lists several sources.
  assert.ok(renderDialogHtml(dialogFor('{}'), { nonce: 'x', cspSource: "'self' https://*.vscode-cdn.net" })
    .includes("style-src &#39;nonce-x&#39; &#39;self&#39; https://*.vscode-cdn.net;"));
});

test('nothing remote: no http(s) URL, no src/href attribute, no inline event handler', () => {
  for (const name of ['multi-auth', 'single-auth', 'pitfalls']) {
    const html = render(fixtureText(name));
    assert.equal(/https?:\/\//i.test(html), false, name);
    assert.equal(/\s(src|href)=/i.test(html), false, name);
    assert.equal(/\son[a-z]+=/i.test(html), false, name);
  }
});

test('multi-auth page: labelled dropdown with one option per set, first set visible, others hidden, spans on fields', () => {
  const text = fixtureText('multi-auth');
  const html = render(text);
  assert.ok(html.includes('<label for="auth-type">Sign-in method<span class="required" title="required">*</span></label>'));
  const options = [...html.matchAll(/<option value="(\d)" data-offset="(\d+)" data-length="(\d+)"[^>]*>([^<]*)<\/option>/g)]
    .map(m => [m[1], text.slice(Number(m[2]), Number(m[2]) + 1), m[4]]);
  assert.deepEqual(options, [['0', '{', 'Contoso account (OAuth)'], ['1', '{', 'API key'], ['2', '{', 'User name and password']]);
  assert.deepEqual([...html.matchAll(/<div class="set" data-set-panel="(\d)" data-set-name="(\w+)"( hidden)?>/g)].map(m => [m[1], m[2], !!m[3]]),
    [['0', 'oauth', false], ['1', 'apiKey', true], ['2', 'basic', true]]);
  assert.ok(html.includes('<button type="button" class="sign-in" id="f-0-0" name="token" required>Sign in with Microsoft Entra ID</button>'));
  assert.ok(html.includes('<input type="password" id="f-1-1" name="api_key" required placeholder="The key from Settings &gt; API" autocomplete="off">'));
  assert.ok(html.includes('<input type="text" id="f-2-0" name="username" required placeholder="Your Contoso user name" autocomplete="off">'));
  assert.ok(html.includes('<option value="apac">apac</option>'));
  assert.equal(html.includes('name="token:TenantId"'), false);
  const field = /<div class="field control-password" data-field="api_key" data-offset="(\d+)" data-length="(\d+)">/.exec(html)!;
  const definition = text.slice(Number(field[1]), Number(field[1]) + Number(field[2]));
  assert.ok(definition.startsWith('"api_key": {') && definition.endsWith('}'), definition);
});

test('pitfalls page: warnings listed with their spans and badges on the affected fields', () => {
  const html = render(fixtureText('pitfalls'));
  assert.deepEqual([...html.matchAll(/<li class="warning" data-code="([a-z-]+)"/g)].map(m => m[1]),
    ['dropdown-label-fallback', 'set-raw-name', 'boolean-required', 'clear-text-string', 'boolean-hidden', 'set-duplicate-name']);
  assert.ok(/<div class="field control-text has-warning" data-field="environment"[^>]*><label[^>]*>Environment<\/label><span class="badge warn" title="[^"]*">Not hidden<\/span>/.test(html));
  assert.ok(html.includes('>Still masked</span>'));
  assert.ok(html.includes('<label for="auth-type">Authentication type'));
});

test('no-auth page says the dialog asks for nothing', () => {
  const html = render('{"properties": {"connectionParameters": {}}}');
  assert.ok(html.includes('data-kind="none"'));
  assert.ok(html.includes('No connection inputs'));
  assert.equal(html.includes('id="auth-type"'), false);
});

test('conditional and gateway-only inputs carry badges; a checkbox for bool, a number input for int', () => {
  const html = render(JSON.stringify({ properties: { connectionParameters: {
    mode: { type: 'string', uiDefinition: { constraints: { allowedValues: [{ value: 'sp' }] } } },
    secret: { type: 'securestring', uiDefinition: { constraints: { dependentParameter: { parameter: 'mode', value: 'sp' } } } },
    verbose: { type: 'bool', uiDefinition: { displayName: 'Verbose', description: 'More logging' } },
    port: { type: 'int', uiDefinition: { constraints: { capability: ['gateway'] } } },
  } } }));
  assert.ok(html.includes('<span class="badge">Shown when mode is &quot;sp&quot;</span><input type="password" id="f-0-1" name="secret" autocomplete="off">'));
  assert.ok(html.includes('<input type="checkbox" id="f-0-2" name="verbose"><p class="help">More logging</p>'));
  assert.ok(html.includes('<div class="field control-number gateway-only" data-field="port"'));
  assert.ok(html.includes('<span class="badge gateway">Gateway only</span><input type="number" id="f-0-3" name="port">'));
});
