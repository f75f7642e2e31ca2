// A language status item on apiProperties documents: tells the author which checks are active, which swagger is paired,
// and where to turn the checks off.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE_ID, SETTINGS_SECTION } from './languageClient';
import { ConnectorStatusStore, describeBase, describeStatus, describeSwagger } from './connectorStatus';

export function registerLanguageStatus(context: vscode.ExtensionContext, client: LanguageClient): vscode.LanguageStatusItem {
  const item = vscode.languages.createLanguageStatusItem('ppConnector.status', { language: LANGUAGE_ID });
  item.name = 'Power Platform Connector';
  const refresh = () => {
    const enabled = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>('validate.enable', true);
    const current = vscode.window.activeTextEditor?.document.uri;
    item.text = enabled ? (current && describeStatus(status.get(current))) || 'Connector checks on' : 'Connector checks off';
    item.severity = enabled ? vscode.LanguageStatusSeverity.Information : vscode.LanguageStatusSeverity.Warning;
    item.command = { title: 'Settings', command: 'workbench.action.openSettings', arguments: [SETTINGS_SECTION] };
    const uri = vscode.window.activeTextEditor?.document.uri;
    item.detail = uri ? [describeSwagger(status.get(uri)), describeBase(status.get(uri))].filter(Boolean).join(' · ') || undefined : undefined;
  };
  const status = new ConnectorStatusStore(client);
  refresh();
  context.subscriptions.push(item, status, status.onDidChange(refresh), vscode.window.onDidChangeActiveTextEditor(refresh), vscode.workspace.onDidChangeConfiguration(e => {
    if (e.affectsConfiguration(SETTINGS_SECTION)) refresh();
  }));
  return item;
}
