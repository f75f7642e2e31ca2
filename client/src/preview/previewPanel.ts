// "Preview Connection Dialog": a webview beside the editor showing the create-connection dialog as Power Automate /
// Power Apps would render it from the current buffer, refreshed (debounced) as the author types; clicking a field
// selects its definition in the editor.
//
// Where the rendering runs: the language server already holds a parsed, cached model of every open document, so the
// panel asks it for the dialog *view model* (custom request `ppConnector/dialogModel`; the client flushes pending
// edits before any request, so the answer reflects the buffer) and renders the HTML here with the engine's pure
// renderer. That keeps one parse per version, keeps the JSON parser out of the client bundle, and leaves the
// webview-only facts (nonce, `webview.cspSource`) where they live. The renderer module imports nothing at runtime.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DialogModelRequest, DialogModelResult, DialogViewModel, renderDialogBody, renderDialogHtml, renderMessageHtml } from '../../../server/src/common';
import { LANGUAGE_ID } from '../languageClient';

export const PREVIEW_COMMAND = 'ppConnector.previewConnectionDialog';
export const PREVIEW_VIEW_TYPE = 'ppConnector.connectionDialogPreview';
const UPDATE_DELAY_MS = 300;
// No local resources at all: the page is one self-contained string.
const WEBVIEW_OPTIONS: vscode.WebviewOptions = { enableScripts: true, localResourceRoots: [] };

/** A fresh script nonce per page, from the Web Crypto API (in node 20 and in the web-worker extension host). */
function nonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

interface RevealMessage {
  type: 'reveal';
  offset: number;
  length: number;
}

function isRevealMessage(m: unknown): m is RevealMessage {
  const r = m as Partial<RevealMessage> | undefined;
  return !!r && r.type === 'reveal' && Number.isInteger(r.offset) && Number.isInteger(r.length) && r.offset! >= 0 && r.length! >= 0;
}

/** One panel per document; running the command again reveals it. */
class DialogPreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastView: string | undefined;
  private view: DialogViewModel | undefined;
  /** The dialog page: not shown, loading (its script has not said `ready`), or ready for `update` messages. */
  private page: 'none' | 'loading' | 'ready' = 'none';
  /** The view (as JSON) the page currently shows or is loading. */
  private shownView: string | undefined;
  private disposed = false;
  private wasVisible = true;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly uri: vscode.Uri,
    private readonly client: BaseLanguageClient,
    private readonly onDispose: () => void,
  ) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage(m => {
        if (isRevealMessage(m)) void this.reveal(m);
        else if ((m as { type?: unknown } | undefined)?.type === 'ready') this.pageReady();
      }),
      // A hidden webview is discarded and, when shown again, reloaded from `webview.html`, which the update
      // messages never touched: load the latest dialog as a whole page again.
      panel.onDidChangeViewState(e => {
        const nowVisible = e.webviewPanel.visible;
        if (nowVisible && !this.wasVisible && this.view) this.loadPage(this.view);
        this.wasVisible = nowVisible;
      }),
      vscode.workspace.onDidChangeTextDocument(e => { if (e.document.uri.toString() === uri.toString()) this.schedule(); }),
      vscode.workspace.onDidCloseTextDocument(d => { if (d.uri.toString() === uri.toString()) panel.dispose(); }),
    );
  }

  schedule(delay = UPDATE_DELAY_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; void this.update(); }, delay);
  }

  async update(): Promise<void> {
    let result: DialogModelResult;
    try {
      await this.client.start();
      result = await this.client.sendRequest(DialogModelRequest, { uri: this.uri.toString() });
    } catch (e) {
      if (!this.disposed) this.showMessage(`The language server did not answer: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    if (this.disposed) return;
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === this.uri.toString());
    // An edit arrived while the server was answering: its own update is already scheduled.
    if (result && document && result.version !== document.version) return;
    if (!result) {
      this.showMessage('Open this apiProperties.json in an editor to preview its connection dialog.');
      return;
    }
    // Nothing to do when the dialog did not change, e.g. after an undo back to the rendered text.
    const key = JSON.stringify(result.view);
    if (key === this.lastView) return;
    this.lastView = key;
    this.view = result.view;
    if (this.page === 'ready' && this.panel.visible) this.sendUpdate();
    else if (this.page !== 'loading') this.loadPage(result.view);
    // While a page loads, its `ready` message sends whatever is newest.
  }

  /** Swaps the dialog inside the loaded page: no reload, so no flicker; scroll position and chosen set stay. */
  private sendUpdate(): void {
    if (!this.view || this.shownView === this.lastView) return;
    this.shownView = this.lastView;
    void this.panel.webview.postMessage({ type: 'update', html: renderDialogBody(this.view, fileName(this.uri)) });
  }

  private pageReady(): void {
    if (this.page !== 'loading') return;
    this.page = 'ready';
    this.sendUpdate();
  }

  private options() {
    return {
      nonce: nonce(), cspSource: this.panel.webview.cspSource,
      documentName: fileName(this.uri), documentUri: this.uri.toString(),
    };
  }

  private loadPage(view: DialogViewModel): void {
    this.panel.webview.html = renderDialogHtml(view, this.options());
    this.page = 'loading';
    this.shownView = JSON.stringify(view);
  }

  private showMessage(message: string): void {
    this.panel.webview.html = renderMessageHtml(message, this.options());
    this.page = 'none';
    this.lastView = undefined;
    this.shownView = undefined;
    this.view = undefined;
  }

  private async reveal(m: RevealMessage): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.uri);
    const end = Math.min(m.offset + m.length, document.getText().length);
    const range = new vscode.Range(document.positionAt(Math.min(m.offset, end)), document.positionAt(end));
    const visible = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === this.uri.toString());
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
      selection: range,
    });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.disposables.forEach(d => d.dispose());
    this.onDispose();
  }
}

function fileName(uri: vscode.Uri): string {
  const parts = uri.path.split('/').filter(Boolean);
  return parts.slice(-2).join('/');
}

export function registerPreviewPanel(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const previews = new Map<string, DialogPreview>();

  const open = async (arg?: unknown): Promise<vscode.WebviewPanel | undefined> => {
    // From the editor title or context menu the uri comes as the argument; from the palette or the walkthrough, take
    // the active editor, else a visible or at least open apiProperties document.
    const isOurs = (d: vscode.TextDocument) => d.languageId === LANGUAGE_ID;
    const uri = arg instanceof vscode.Uri ? arg
      : [vscode.window.activeTextEditor?.document, ...vscode.window.visibleTextEditors.map(e => e.document), ...vscode.workspace.textDocuments]
        .find((d): d is vscode.TextDocument => !!d && isOurs(d))?.uri;
    let document = uri && vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (uri && arg instanceof vscode.Uri && !vscode.window.visibleTextEditors.some(e => e.document.uri.toString() === uri.toString())) {
      // From the Explorer: show the file beside which the preview will sit (the server answers for open documents).
      document = (await vscode.window.showTextDocument(uri, { preview: false })).document;
    }
    if (!uri || !document || document.languageId !== LANGUAGE_ID) {
      void vscode.window.showInformationMessage('Open an apiProperties.json file to preview its connection dialog.');
      return undefined;
    }
    const key = uri.toString();
    const existing = previews.get(key);
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      return existing.panel;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      `Dialog: ${fileName(uri)}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { ...WEBVIEW_OPTIONS, enableFindWidget: false },
    );
    await attach(panel, uri).update();
    return panel;
  };

  const attach = (panel: vscode.WebviewPanel, uri: vscode.Uri): DialogPreview => {
    const key = uri.toString();
    const preview = new DialogPreview(panel, uri, client, () => previews.delete(key));
    previews.set(key, preview);
    return preview;
  };

  // After a window reload VS Code hands back the panels it had; the page state names their document.
  const serializer: vscode.WebviewPanelSerializer<{ uri?: unknown }> = {
    async deserializeWebviewPanel(panel, state) {
      const uri = typeof state?.uri === 'string' ? vscode.Uri.parse(state.uri) : undefined;
      if (!uri || previews.has(uri.toString())) { panel.dispose(); return; }
      panel.webview.options = WEBVIEW_OPTIONS;
      try {
        // The language server answers only for open documents.
        await vscode.workspace.openTextDocument(uri);
      } catch {
        panel.dispose();
        return;
      }
      await attach(panel, uri).update();
    },
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(PREVIEW_COMMAND, open),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, serializer),
    { dispose: () => [...previews.values()].forEach(p => p.panel.dispose()) },
  );
}
