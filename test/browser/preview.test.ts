// The connection-dialog preview in a real browser (headless Debian Chromium through playwright-core): the rendered
// page for each fixture connector is loaded under its own CSP, its DOM checked, the set switched, the reveal
// message posted, and a screenshot taken. `PP_CONNECTOR_UPDATE_SCREENSHOTS=1` writes the screenshots to
// docs/images (the README shows them); otherwise they go to a temporary folder so a test run leaves the tree clean.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, Browser, Page } from 'playwright-core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConnectorService } from '../../server/src/engine';
import { buildDialogModel } from '../../server/src/engine/preview/dialogModel';
import { renderDialogBody, renderDialogHtml } from '../../server/src/engine/preview/renderHtml';

const CHROMIUM = process.env.PP_CONNECTOR_CHROMIUM ?? '/usr/bin/chromium';
const FIXTURES = join(__dirname, '..', 'fixtures', 'preview');
const SHOTS = process.env.PP_CONNECTOR_UPDATE_SCREENSHOTS === '1'
  ? join(__dirname, '..', '..', 'docs', 'images')
  : join(tmpdir(), 'pp-connector-preview-screenshots');
const NONCE = 'dGVzdC1ub25jZQ';
const PAGE_URL = 'https://preview.invalid/';
const skip = existsSync(CHROMIUM) ? false : `Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set PP_CONNECTOR_CHROMIUM)`;
if (skip) console.log(`# browser preview tests skipped: ${skip}`);

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, `${name}.apiProperties.json`), 'utf8');
}

function viewOf(text: string) {
  return buildDialogModel(new ConnectorService().analyze(TextDocument.create('file:///x/apiProperties.json', 'apiproperties', 1, text)).model);
}

function renderText(text: string): string {
  return renderDialogHtml(viewOf(text), { nonce: NONCE, documentName: 'apiProperties.json' });
}

// Stands in for the webview API so the page's reveal messages and saved state can be observed.
const FAKE_VSCODE_API = `
  window.__posted = [];
  window.__state = window.__initialState;
  window.acquireVsCodeApi = function () {
    return {
      postMessage: function (m) { window.__posted.push(m); },
      getState: function () { return window.__state; },
      setState: function (s) { window.__state = s; },
    };
  };`;

describe('connection-dialog preview in Chromium', { skip }, () => {
  let browser: Browser;
  const cspErrors: string[] = [];

  before(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => { await browser?.close(); });

  async function open(html: string, init = ''): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 520, height: 400 }, deviceScaleFactor: 1 });
    page.on('console', m => { if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text()); });
    // The page itself is served from a made-up origin (init scripts only run on a navigation); any other request
    // is recorded as a failure: the CSP forbids it, and this proves nothing tried.
    await page.route('**/*', route => {
      if (route.request().url() === PAGE_URL) return route.fulfill({ contentType: 'text/html', body: html });
      cspErrors.push(`request: ${route.request().url()}`);
      return route.abort();
    });
    if (init) await page.addInitScript(init);
    await page.goto(PAGE_URL, { waitUntil: 'load' });
    return page;
  }

  const visibleFieldNames = (page: Page) =>
    page.locator('.dialog .set:not([hidden]) .field').evaluateAll(els => els.map(e => e.getAttribute('data-field')));

  async function screenshot(page: Page, name: string): Promise<void> {
    const path = join(SHOTS, `preview-${name}.png`);
    await page.screenshot({ path, fullPage: true });
    assert.ok(statSync(path).size < 150_000, `${path} should stay small`);
  }

  test('multi-auth: three options, OAuth sign-in first, switching sets swaps the fields', async () => {
    const page = await open(renderText(fixture('multi-auth')));
    assert.equal(await page.locator('label[for=auth-type]').innerText(), 'Sign-in method*');
    assert.deepEqual(await page.locator('#auth-type option').allInnerTexts(), ['Contoso account (OAuth)', 'API key', 'User name and password']);
    assert.deepEqual(await visibleFieldNames(page), ['token']);
    assert.equal(await page.locator('button.sign-in').innerText(), 'Sign in with Microsoft Entra ID');
    assert.equal(await page.locator('[name="token:TenantId"]').count(), 0, 'hidden parameter must not be rendered');
    assert.equal(await page.locator('.omitted:not([hidden]) li').innerText(), 'token:TenantId — hidden: "true"');

    await page.selectOption('#auth-type', '1');
    assert.deepEqual(await visibleFieldNames(page), ['region', 'api_key']);
    assert.equal(await page.locator('button.sign-in').isVisible(), false);
    assert.deepEqual(await page.locator('select[name=region] option').allInnerTexts(), ['Europe', 'United States', 'apac']);
    assert.equal(await page.locator('[name=api_key]').getAttribute('type'), 'password');
    assert.equal(await page.locator('[name=api_key]').getAttribute('placeholder'), 'The key from Settings > API');
    assert.equal(await page.locator('.omitted:visible').count(), 0);
    await screenshot(page, 'multi-auth');

    await page.selectOption('#auth-type', '2');
    assert.deepEqual(await visibleFieldNames(page), ['username', 'password']);
    assert.equal(await page.locator('[name=username]').getAttribute('type'), 'text', 'clearText: true shows the user name');
    assert.equal(await page.locator('[name=password]').getAttribute('type'), 'password');
    assert.equal(await page.locator('.set:not([hidden]) .required').count(), 2);
    await page.close();
  });

  test('single-auth: inputs in tabIndex order, number input, gateway-only selector, no dropdown', async () => {
    const page = await open(renderText(fixture('single-auth')));
    assert.equal(await page.locator('#auth-type').count(), 0);
    assert.deepEqual(await visibleFieldNames(page), ['api_key', 'hostName', 'pageSize', 'gateway']);
    assert.equal(await page.locator('[name=hostName]').inputValue(), 'tickets.contoso.example');
    assert.equal(await page.locator('[name=pageSize]').getAttribute('type'), 'number');
    assert.equal(await page.locator('[data-field=gateway] .badge.gateway').innerText(), 'Gateway only');
    await screenshot(page, 'single-auth');
    await page.close();
  });

  test('pitfalls: a boolean hidden still shows, raw set name as option, warnings listed', async () => {
    const page = await open(renderText(fixture('pitfalls')));
    assert.equal(await page.locator('label[for=auth-type]').innerText(), 'Authentication type*');
    assert.deepEqual(await page.locator('#auth-type option').allInnerTexts(), ['key-auth', 'API key (EU)']);
    assert.deepEqual(await visibleFieldNames(page), ['api_key', 'environment']);
    assert.equal(await page.locator('[data-field=environment] .badge.warn').innerText(), 'Not hidden');
    assert.equal(await page.locator('[name=api_key]').first().getAttribute('type'), 'password');
    assert.equal(await page.locator('li.warning').count(), 6);
    await page.selectOption('#auth-type', '1');
    assert.deepEqual(await visibleFieldNames(page), ['api_key']);
    assert.equal(await page.locator('.omitted:not([hidden]) li').innerText(), 'region — hidden: "true"');
    await page.selectOption('#auth-type', '0');
    await screenshot(page, 'pitfalls');
    await page.close();
  });

  test('inside a webview: a click posts reveal with the definition span, the chosen set survives a re-render', async () => {
    const text = fixture('multi-auth');
    const html = renderDialogHtml(viewOf(text), { nonce: NONCE, documentUri: 'file:///x/apiProperties.json' });
    const page = await open(html, `window.__initialState = { set: 2 };${FAKE_VSCODE_API}`);
    assert.deepEqual(await visibleFieldNames(page), ['username', 'password'], 'state restored the third set');
    assert.deepEqual(await page.evaluate('window.__posted'), [{ type: 'ready' }], 'the page says when it can take updates');
    await page.locator('[data-field=password] label').click();
    const posted = (await page.evaluate('window.__posted') as { type: string; offset: number; length: number }[]).slice(1);
    assert.equal(posted.length, 1);
    assert.equal(posted[0].type, 'reveal');
    const selected = text.slice(posted[0].offset, posted[0].offset + posted[0].length);
    assert.ok(selected.startsWith('"password": {') && selected.endsWith('}'), selected);

    await page.selectOption('#auth-type', '1');
    // The state also keeps the document, for restoring the panel after a window reload.
    assert.deepEqual(await page.evaluate('JSON.stringify(window.__state)'), JSON.stringify({ set: 1, uri: 'file:///x/apiProperties.json' }));
    const afterSwitch = await page.evaluate('window.__posted') as { offset: number }[];
    assert.equal(afterSwitch.length, 3);
    assert.equal(text[afterSwitch[2].offset], '{', 'choosing an option reveals that set');
    await page.close();
  });

  test('an update message swaps the dialog in place: no reload, the chosen set stays', async () => {
    const text = fixture('multi-auth');
    const page = await open(renderText(text));
    await page.selectOption('#auth-type', '2');
    await page.evaluate('window.__sameDocument = true');
    const edited = text.replace('"displayName": "User name"', '"displayName": "Login"');
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'update', html: renderDialogBody(viewOf(edited), 'apiProperties.json') })}, '*')`);
    await page.waitForFunction('document.querySelector(\'[data-field=username] label\').textContent === "Login*"');
    assert.equal(await page.evaluate('window.__sameDocument'), true, 'the page was not reloaded');
    assert.equal(await page.locator('#auth-type').inputValue(), '2');
    assert.deepEqual(await visibleFieldNames(page), ['username', 'password']);
    // Choosing another set still works on the swapped-in markup (listeners are delegated).
    await page.selectOption('#auth-type', '1');
    assert.deepEqual(await visibleFieldNames(page), ['region', 'api_key']);
    // A set that no longer exists falls back to the first one.
    await page.selectOption('#auth-type', '2');
    const twoSets = fixture('pitfalls');
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'update', html: renderDialogBody(viewOf(twoSets)) })}, '*')`);
    await page.waitForFunction('document.querySelectorAll(\'#auth-type option\').length === 2');
    assert.equal(await page.locator('#auth-type').inputValue(), '0');
    assert.deepEqual(await visibleFieldNames(page), ['api_key', 'environment']);
    await page.close();
  });

  test('hostile strings stay text: no injected script runs, no CSP violation, no request', async () => {
    const evil = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    const text = JSON.stringify({ properties: { connectionParameters: { p: { type: 'string', uiDefinition: { displayName: evil, description: evil } } } } });
    const page = await open(renderText(text));
    assert.equal(await page.evaluate('typeof window.__pwned'), 'undefined');
    assert.equal(await page.locator('[data-field=p] label').innerText(), evil + '');
    assert.equal(await page.locator('img').count(), 0);
    await page.close();
    assert.deepEqual(cspErrors, []);
  });
});
