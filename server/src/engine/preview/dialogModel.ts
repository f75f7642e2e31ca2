// The connection dialog as Power Automate / Power Apps would show it, derived from the document model. Pure data:
// no HTML, no VS Code, JSON-serialisable (the language server sends it to the client as is). The behaviour follows
// what the designer does (SPEC §5.2, §6): label fallbacks, string-only "true" for hidden/required, OAuth parameters
// never rendered as inputs. Where the platform's behaviour differs from what the author probably meant, a warning
// says so, pointing at the definition.
import type { ASTNode, ObjectASTNode } from '../ast';
import { asArray, asObject, getPropertyIgnoreCase, getValue } from '../ast';
import type { ConnectorModel, ParameterModel, ParameterSetModel } from '../model';
import { isSecureType } from '../secrets';

/** A span of the document (offsets into the text) that a click in the preview reveals. */
export interface SourceSpan {
  offset: number;
  length: number;
}

export type FieldControl = 'text' | 'password' | 'number' | 'checkbox' | 'select' | 'signIn' | 'gateway';

export interface DialogOption {
  label: string;
  value: string;
}

export interface DialogField {
  name: string;
  /** `uiDefinition.displayName`, else the parameter name. */
  label: string;
  description?: string;
  /** Hover text, when it differs from the description shown. */
  tooltip?: string;
  type: string;
  control: FieldControl;
  required: boolean;
  options?: DialogOption[];
  /** For `signIn`: the provider as users know it ("Microsoft Entra ID", ...). */
  provider?: string;
  /** Shown only when the gateway option is on (capability `gateway` without `cloud`). */
  gatewayOnly: boolean;
  /** The parameter's default; never set for a secure parameter, whose default is a secret (see hasSecretDefault). */
  defaultValue?: string;
  /** A secure parameter has a `defaultValue`: the preview says so without carrying the value. */
  hasSecretDefault?: boolean;
  /** `dependentParameter`: shown only while another input has a given value ("mode is \"sp\""). */
  shownWhen?: string;
  span: SourceSpan;
}

/** A parameter the dialog leaves out, listed so the author sees why it is missing. */
export interface OmittedField {
  name: string;
  reason: string;
  span: SourceSpan;
}

export interface DialogSet {
  index: number;
  name?: string;
  /** The dropdown option text. */
  label: string;
  /** True when the option falls back to the raw set name (no `uiDefinition.displayName`). */
  labelIsRawName: boolean;
  description?: string;
  fields: DialogField[];
  omitted: OmittedField[];
  span: SourceSpan;
}

export type WarningCode =
  | 'boolean-hidden' | 'boolean-required' | 'set-raw-name' | 'set-duplicate-name' | 'set-unnamed'
  | 'dropdown-label-fallback' | 'legacy-parameters-ignored' | 'clear-text-string';

export interface DialogWarning {
  code: WarningCode;
  message: string;
  /** Index of the set the warning concerns, if any. */
  set?: number;
  span?: SourceSpan;
}

export interface DialogViewModel {
  /** `none`: no inputs at all; `single`: `connectionParameters`; `multi`: a dropdown over `connectionParameterSets`. */
  kind: 'none' | 'single' | 'multi';
  /** Label of the authentication-type dropdown (multi only). */
  authLabel: string;
  /** Placeholder of the dropdown: `connectionParameterSets.uiDefinition.description`. */
  authPlaceholder?: string;
  /** For `single`/`none` exactly one set (index 0, no name). */
  sets: DialogSet[];
  warnings: DialogWarning[];
}

/** What the platform writes above the dropdown when the sets carry no `uiDefinition.displayName`. */
export const DEFAULT_AUTH_LABEL = 'Authentication type';

const PROVIDER_NAMES: Record<string, string> = {
  aad: 'Microsoft Entra ID',
  aadcertificate: 'Microsoft Entra ID',
  oauth2: 'OAuth 2.0',
  oauth2generic: 'OAuth 2.0',
  facebook: 'Facebook',
  github: 'GitHub',
  google: 'Google',
  live: 'Microsoft account',
  docusign: 'DocuSign',
};

export function providerName(identityProvider: string | undefined): string {
  if (!identityProvider) return 'OAuth 2.0';
  return PROVIDER_NAMES[identityProvider.toLowerCase()] ?? identityProvider;
}

export function buildDialogModel(model: ConnectorModel): DialogViewModel {
  const warnings: DialogWarning[] = [];
  const setsModel = model.parameterSets;
  if (setsModel && setsModel.sets.length > 0) {
    const labelNode = getValue(setsModel.uiDefinition, 'displayName');
    const authLabel = nonEmptyString(labelNode) ?? DEFAULT_AUTH_LABEL;
    if (authLabel === DEFAULT_AUTH_LABEL && !nonEmptyString(labelNode)) {
      const lower = getPropertyIgnoreCase(setsModel.uiDefinition, 'displayName');
      warnings.push({
        code: 'dropdown-label-fallback',
        message: lower && lower.keyNode.value !== 'displayName'
          ? `The dropdown label reads "${DEFAULT_AUTH_LABEL}": the platform reads "displayName", not "${lower.keyNode.value}".`
          : `The dropdown label falls back to "${DEFAULT_AUTH_LABEL}": connectionParameterSets.uiDefinition has no displayName.`,
        span: span(lower ?? setsModel.uiDefinition ?? setsModel.property),
      });
    }
    const sets = setsModel.sets.map(set => buildSet(set, set.parameters, warnings));
    reportDuplicateNames(setsModel.sets, warnings);
    if (model.connectionParameters && model.connectionParameters.parameters.length > 0) {
      warnings.push({
        code: 'legacy-parameters-ignored',
        message: 'connectionParameters is ignored by the dialog when connectionParameterSets exists: only the sets are shown.',
        span: span(model.connectionParameters.property.keyNode),
      });
    }
    return {
      kind: 'multi',
      authLabel,
      authPlaceholder: nonEmptyString(getValue(setsModel.uiDefinition, 'description')),
      sets,
      warnings,
    };
  }

  const cp = model.connectionParameters;
  const whole = cp?.property ?? model.propertiesProperty ?? model.root;
  const single: DialogSet = {
    index: 0,
    label: '',
    labelIsRawName: false,
    fields: [],
    omitted: [],
    span: whole ? span(whole) : { offset: 0, length: 0 },
  };
  if (cp) fillFields(single, cp.parameters, warnings);
  return {
    kind: single.fields.length > 0 ? 'single' : 'none',
    authLabel: DEFAULT_AUTH_LABEL,
    sets: [single],
    warnings,
  };
}

function buildSet(set: ParameterSetModel, parameters: ParameterModel[], warnings: DialogWarning[]): DialogSet {
  const displayNode = getValue(set.uiDefinition, 'displayName');
  const display = nonEmptyString(displayNode);
  const label = display ?? set.name ?? `Set ${set.index + 1}`;
  const result: DialogSet = {
    index: set.index,
    name: set.name,
    label,
    labelIsRawName: display === undefined,
    description: nonEmptyString(getValue(set.uiDefinition, 'description')),
    fields: [],
    omitted: [],
    span: span(set.node),
  };
  if (display === undefined) {
    const variant = getPropertyIgnoreCase(set.uiDefinition, 'displayName');
    const spelled = variant && variant.keyNode.value !== 'displayName' ? ` (the platform reads "displayName", not "${variant.keyNode.value}")` : '';
    warnings.push(set.name === undefined
      ? { code: 'set-unnamed', message: `Set ${set.index + 1} has neither a display name nor a name: the option is blank in the dialog.`, set: set.index, span: span(set.node) }
      : { code: 'set-raw-name', message: `The option shows the raw set name "${set.name}": the set has no uiDefinition.displayName${spelled}.`, set: set.index, span: span(variant ?? set.nameNode ?? set.node) });
  }
  fillFields(result, parameters, warnings);
  return result;
}

function fillFields(target: DialogSet, parameters: ParameterModel[], warnings: DialogWarning[]): void {
  const setIndex = target.name !== undefined || target.label !== '' ? target.index : undefined;
  const visible: { field: DialogField; tabIndex: number; order: number }[] = [];
  parameters.forEach((p, order) => {
    const c = p.constraints;
    if (p.hiddenBy) {
      target.omitted.push({ name: p.name, reason: `${p.hiddenBy}: "true"`, span: span(p.property) });
      return;
    }
    const hidden = getValue(c, 'hidden');
    const hideInUI = getValue(c, 'hideInUI');
    if (p.type === 'managedIdentity') {
      target.omitted.push({ name: p.name, reason: 'managed identity: never an input', span: span(p.property) });
      return;
    }
    for (const [key, node] of [['hidden', hidden], ['hideInUI', hideInUI]] as const) {
      if (node?.type === 'boolean' && node.value === true) {
        warnings.push({
          code: 'boolean-hidden',
          message: `"${p.name}" is shown: ${key} is the boolean true, but the platform hides only for the string "true".`,
          set: setIndex, span: span(node),
        });
      }
    }
    const requiredNode = getValue(c, 'required');
    if (requiredNode?.type === 'boolean') {
      warnings.push({
        code: 'boolean-required',
        message: `"${p.name}": required is the boolean ${requiredNode.value}; the platform compares with the strings "true"/"false", so clients disagree on whether it is required.`,
        set: setIndex, span: span(requiredNode),
      });
    }
    const clearText = getValue(c, 'clearText');
    if (p.type === 'securestring' && clearText?.type === 'string') {
      warnings.push({
        code: 'clear-text-string',
        message: `"${p.name}": clearText is the string "${clearText.value}"; only the boolean true unmasks the input, so it stays masked.`,
        set: setIndex, span: span(clearText),
      });
    }
    const field = buildField(p);
    const tabIndexNode = getValue(c, 'tabIndex') ?? getValue(p.uiDefinition, 'tabIndex');
    visible.push({ field, order, tabIndex: tabIndexNode?.type === 'number' ? tabIndexNode.value : Number.MAX_SAFE_INTEGER });
  });
  // tabIndex orders the inputs; parameters without one keep their document order after the numbered ones.
  visible.sort((a, b) => a.tabIndex - b.tabIndex || a.order - b.order);
  target.fields = visible.map(v => v.field);
}

function buildField(p: ParameterModel): DialogField {
  const ui = p.uiDefinition;
  const c = p.constraints;
  const description = nonEmptyString(getValue(ui, 'description'))
    ?? nonEmptyString(getValue(ui, 'tooltip'))
    ?? nonEmptyString(getValue(asObject(getValue(ui, 'schema')), 'description'));
  const tooltip = nonEmptyString(getValue(ui, 'tooltip'));
  const type = p.type ?? 'string';
  const field: DialogField = {
    name: p.name,
    label: nonEmptyString(getValue(ui, 'displayName')) ?? p.name,
    description,
    tooltip: tooltip !== description ? tooltip : undefined,
    type,
    control: 'text',
    required: isTrueString(getValue(c, 'required')),
    gatewayOnly: isGatewayOnly(c),
    span: span(p.property),
  };
  const defaultValue = getValue(p.node, 'defaultValue');
  if (isSecureType(p.type)) {
    // Fixed at the source: the model goes to the client (and its trace) and into the webview, so it never holds it.
    if (defaultValue && defaultValue.type !== 'null') field.hasSecretDefault = true;
  } else if (defaultValue && (defaultValue.type === 'string' || defaultValue.type === 'number' || defaultValue.type === 'boolean')) {
    field.defaultValue = String(defaultValue.value);
  }
  const dependent = asObject(getValue(c, 'dependentParameter'));
  const dependsOn = nonEmptyString(getValue(dependent, 'parameter'));
  if (dependsOn) {
    const value = getValue(dependent, 'value');
    const shown = value && (value.type === 'string' || value.type === 'number' || value.type === 'boolean') ? ` is ${JSON.stringify(value.value)}` : ' has a value';
    field.shownWhen = dependsOn + shown;
  }

  const options = allowedValues(c);
  if (type === 'oauthSetting') {
    field.control = 'signIn';
    field.provider = providerName(p.oAuthSettings?.identityProvider);
  } else if (type === 'gatewaySetting') {
    field.control = 'gateway';
  } else if (options) {
    field.control = 'select';
    field.options = options;
  } else if (type === 'securestring' || type === 'secureobject') {
    const clearText = getValue(c, 'clearText');
    field.control = clearText?.type === 'boolean' && clearText.value === true ? 'text' : 'password';
  } else if (type === 'int') {
    field.control = 'number';
  } else if (type === 'bool') {
    field.control = 'checkbox';
  }
  return field;
}

function allowedValues(constraints: ObjectASTNode | undefined): DialogOption[] | undefined {
  const list = asArray(getValue(constraints, 'allowedValues'));
  if (!list) return undefined;
  const options: DialogOption[] = [];
  for (const item of list.items) {
    const value = getValue(item, 'value');
    if (!value || value.type === 'object' || value.type === 'array' || value.type === 'null') continue;
    const text = nonEmptyString(getValue(item, 'text'));
    options.push({ value: String(value.value), label: text ?? String(value.value) });
  }
  return options;
}

function isGatewayOnly(constraints: ObjectASTNode | undefined): boolean {
  const capability = asArray(getValue(constraints, 'capability'));
  if (!capability) return false;
  const values = capability.items.map(i => (i.type === 'string' ? i.value.toLowerCase() : ''));
  return values.includes('gateway') && !values.includes('cloud');
}

function reportDuplicateNames(sets: ParameterSetModel[], warnings: DialogWarning[]): void {
  const first = new Map<string, ParameterSetModel>();
  for (const set of sets) {
    if (set.name === undefined) continue;
    const earlier = first.get(set.name);
    if (!earlier) { first.set(set.name, set); continue; }
    warnings.push({
      code: 'set-duplicate-name',
      message: `Sets ${earlier.index + 1} and ${set.index + 1} are both named "${set.name}": a connection records its set by name, so one of them can never be told apart.`,
      set: set.index,
      span: span(set.nameNode ?? set.node),
    });
  }
}

function isTrueString(node: ASTNode | undefined): boolean {
  return node?.type === 'string' && node.value === 'true';
}

function nonEmptyString(node: ASTNode | undefined): string | undefined {
  return node?.type === 'string' && node.value.trim() !== '' ? node.value : undefined;
}

function span(node: { offset: number; length: number }): SourceSpan {
  return { offset: node.offset, length: node.length };
}
