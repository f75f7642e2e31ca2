// Refactor: single-auth `connectionParameters` -> multi-auth `connectionParameterSets`. The existing parameters are
// moved as text (their formatting and key order kept, only re-indented) into a first set named after the detected
// auth kind; missing `constraints.required` are added; the old block is removed or, as a second choice, kept.
import { asObject, getString, getValue, getPropertyIgnoreCase } from '../ast';
import { AUTH_KINDS } from '../authKinds';
import type { Analysis } from '../document';
import type { ParameterModel } from '../model';
import { DocumentFormatting, detectFormatting } from './formatting';
import { lineIndent, parse, removeAt, setAt } from './jsonEdits';
import { applyOffsetEdits } from './textEdits';

const PARAMS_SENTINEL = '__ppc_parameters__';

export interface DetectedAuth {
  name: string;
  displayName: string;
  description: string;
}

export function detectAuth(parameters: ParameterModel[]): DetectedAuth {
  const kind = (id: string) => AUTH_KINDS.find(k => k.id === id)!;
  const fromKind = (id: string): DetectedAuth => {
    const k = kind(id);
    return { name: k.setName, displayName: k.displayName, description: k.description };
  };
  if (parameters.length === 0) return { name: 'no-auth', displayName: 'No authentication', description: 'No sign-in needed' };
  const oauth = parameters.find(p => p.type === 'oauthSetting' || p.oAuthSettings);
  if (oauth) {
    const provider = oauth.oAuthSettings?.identityProvider ?? 'oauth2';
    const grant = getPropertyIgnoreCase(oauth.oAuthSettings?.customParameters, 'grantType');
    if (provider === 'aad' && getString(grant?.valueNode, 'value') === 'client_credentials') return fromKind('aadServicePrincipal');
    if (provider === 'aad' || provider === 'oauth2' || provider === 'oauth2generic') return fromKind(provider);
    if (provider === 'aadcertificate') {
      return { name: 'aad-certificate-auth', displayName: 'Microsoft Entra ID (certificate)', description: 'Sign in with Microsoft Entra ID' };
    }
    const id = provider.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    return { name: `${id}-auth`, displayName: `OAuth 2.0 (${provider})`, description: `Sign in with ${provider}` };
  }
  const names = new Set(parameters.map(p => p.name.toLowerCase()));
  if (names.has('username') && names.has('password')) return fromKind('basic');
  if (names.has('api_key') || parameters.length === 1 && parameters[0].type === 'securestring') return fromKind('apiKey');
  return { name: 'default', displayName: 'Connection parameters', description: 'Provide the connection parameters' };
}

/** Whether the refactor applies: single-auth parameters as an object, and no sets yet. */
export function canConvert(analysis: Analysis): boolean {
  const m = analysis.model;
  return !!m.connectionParameters?.node && !m.parameterSets;
}

/** The whole converted document (the caller turns it into one minimal edit), or undefined when it does not apply. */
export function convertedText(analysis: Analysis, options: { keep: boolean; formatting?: DocumentFormatting }): string | undefined {
  if (!canConvert(analysis)) return undefined;
  const model = analysis.model;
  const cp = model.connectionParameters!;
  const node = cp.node!;
  const text = analysis.document.getText();
  const formatting = options.formatting ?? detectFormatting(text);
  const parametersText = completeParameters(text.slice(node.offset, node.offset + node.length), cp.parameters, formatting);
  const auth = detectAuth(cp.parameters);
  const skeleton = {
    uiDefinition: { displayName: 'Authentication type', description: 'Choose how to sign in' },
    values: [{ name: auth.name, uiDefinition: { displayName: auth.displayName, description: auth.description }, parameters: PARAMS_SENTINEL }],
  };
  let next = applyOffsetEdits(text, setAt(text, ['properties', 'connectionParameterSets'], skeleton, formatting,
    { insertAt: keys => keys.lastIndexOf('connectionParameters') + 1 }));
  if (!options.keep) next = applyOffsetEdits(next, removeAt(next, ['properties', 'connectionParameters']));

  const at = next.indexOf(`"${PARAMS_SENTINEL}"`);
  if (at < 0) return undefined;
  const newIndent = lineIndent(next, at);
  const oldIndent = lineIndent(text, cp.property.offset);
  const moved = reindent(parametersText, oldIndent, newIndent);
  return next.slice(0, at) + moved + next.slice(at + PARAMS_SENTINEL.length + 2);
}

/**
 * Adds `constraints.required` where missing ("false" for hidden inputs) and, for string inputs with a description,
 * `uiDefinition.schema.description` — inside a set that is where the dialog reads a string input's description.
 */
function completeParameters(parametersText: string, parameters: ParameterModel[], fmt: DocumentFormatting): string {
  let out = parametersText;
  for (const p of parameters) {
    if (!p.node) continue;
    const constraints = p.constraints;
    if (!getValue(constraints, 'required')) {
      const hidden = getValue(constraints, 'hidden');
      const isHidden = hidden !== undefined && (hidden.value === true || hidden.value === 'true');
      out = setIn(out, [p.name, 'uiDefinition', 'constraints', 'required'], isHidden ? 'false' : 'true', fmt);
    }
    const description = getString(p.uiDefinition, 'description');
    const schema = getValue(p.uiDefinition, 'schema');
    if (p.type === 'string' && description !== undefined && !getValue(asObject(schema), 'description') && (!schema || schema.type === 'object')) {
      out = schema
        ? setIn(out, [p.name, 'uiDefinition', 'schema', 'description'], description, fmt)
        : setIn(out, [p.name, 'uiDefinition', 'schema'], { type: 'string', description }, fmt);
    }
  }
  return out;
}

function setIn(text: string, path: string[], value: unknown, fmt: DocumentFormatting): string {
  return parse(text) ? applyOffsetEdits(text, setAt(text, path, value, fmt)) : text;
}

function reindent(block: string, oldIndent: string, newIndent: string): string {
  const lines = block.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    lines[i] = line.startsWith(oldIndent) ? newIndent + line.slice(oldIndent.length) : newIndent + line.trimStart();
  }
  return lines.join('\n');
}
