// Language status items: on apiProperties documents, which checks are active, which swagger is paired, and where to
// turn the checks off; on a swagger, the profile its Swagger Validator rules run with and the breaking-change base.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LANGUAGE_ID, SETTINGS_SECTION } from './languageClient';
import { ConnectorStatusStore, describeBase, describeStatus, describeSwagger, describeSwaggerDetail, describeSwaggerDocument } from './connectorStatus';
import { SWAGGER_PATTERN } from './documentSelector';

/** Said once, in the status item, in VS Code for the web: what needs a machine (node, git) and is not there. */
export const WEB_LIMITS = 'In VS Code for the web: no command-line checker (pp-connector) and no breaking-change comparison (needs git)';

export function registerLanguageStatus(context: vscode.ExtensionContext, client: BaseLanguageClient, { platform }: { platform: 'node' | 'web' }): vscode.LanguageStatusItem {
  const item = vscode.languages.createLanguageStatusItem('ppConnector.status', { language: LANGUAGE_ID });
  item.name = 'Power Platform Connector';
  const refresh = () => {
    const enabled = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>('validate.enable', true);
    const current = vscode.window.activeTextEditor?.document.uri;
    item.text = enabled ? (current && describeStatus(status.get(current))) || 'Connector checks on' : 'Connector checks off';
    item.severity = enabled ? vscode.LanguageStatusSeverity.Information : vscode.LanguageStatusSeverity.Warning;
    item.command = { title: 'Settings', command: 'workbench.action.openSettings', arguments: [SETTINGS_SECTION] };
    const known = current ? status.get(current) : undefined;
    const parts = current ? [describeSwagger(known), describeBase(known)] : [];
    item.detail = [...parts, platform === 'web' ? WEB_LIMITS : undefined].filter(Boolean).join(' · ') || undefined;
  };
  const swaggerItem = vscode.languages.createLanguageStatusItem('ppConnector.swaggerStatus', { language: 'json', pattern: SWAGGER_PATTERN });
  swaggerItem.name = 'Power Platform Connector: swagger';
  const refreshSwagger = () => {
    const enabled = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>('validate.enable', true);
    const current = vscode.window.activeTextEditor?.document.uri;
    const known = current ? status.get(current) : undefined;
    swaggerItem.text = enabled ? describeSwaggerDocument(known) ?? 'Swagger Validator' : 'Connector checks off';
    swaggerItem.severity = enabled ? vscode.LanguageStatusSeverity.Information : vscode.LanguageStatusSeverity.Warning;
    swaggerItem.command = { title: 'Settings', command: 'workbench.action.openSettings', arguments: [SETTINGS_SECTION] };
    swaggerItem.detail = [enabled ? describeSwaggerDetail(known) : undefined, platform === 'web' ? WEB_LIMITS : undefined].filter(Boolean).join(' · ') || undefined;
  };
  const status = new ConnectorStatusStore(client);
  const refreshAll = () => { refresh(); refreshSwagger(); };
  refreshAll();
  context.subscriptions.push(item, swaggerItem, status, status.onDidChange(refreshAll), vscode.window.onDidChangeActiveTextEditor(refreshAll), vscode.workspace.onDidChangeConfiguration(e => {
    if (e.affectsConfiguration(SETTINGS_SECTION)) refreshAll();
  }));
  return item;
}
