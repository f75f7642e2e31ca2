// The typed document model that rules, fixes, symbols and the preview read. Built once per document version from
// the shared AST; every model element keeps its AST node so findings can point at the exact key or value.
import {
  ASTNode, ArrayASTNode, ObjectASTNode, PropertyASTNode, StringASTNode,
  asArray, asObject, getProperty, getPropertyIgnoreCase, getValue, walk,
} from './ast';

export interface ParameterModel {
  name: string;
  /** The `"name": {...}` property; `property.keyNode` is the name's range. */
  property: PropertyASTNode;
  node?: ObjectASTNode;
  type?: string;
  typeNode?: ASTNode;
  uiDefinition?: ObjectASTNode;
  constraints?: ObjectASTNode;
  /**
   * Whether the connection dialog hides the input: `constraints.hidden` or `constraints.hideInUI` is exactly the
   * string "true" (SPEC §3.5, §6; a boolean true is NOT hidden there). Computed once here for every reader: the
   * preview, the outline, the rules and the conversion.
   */
  hidden: boolean;
  /** The key that hides it (`hidden` first), when `hidden`. */
  hiddenBy?: 'hidden' | 'hideInUI';
  oAuthSettings?: OAuthSettingsModel;
  /** The set this parameter belongs to; undefined for top-level `connectionParameters`. */
  set?: ParameterSetModel;
}

export interface OAuthSettingsModel {
  parameter: ParameterModel;
  /** The settings property, found case-insensitively (`oauthSettings` is a known misspelling). */
  property: PropertyASTNode;
  node?: ObjectASTNode;
  identityProvider?: string;
  identityProviderNode?: ASTNode;
  customParameters?: ObjectASTNode;
  properties?: ObjectASTNode;
}

export interface ParameterSetModel {
  index: number;
  node: ASTNode;
  object?: ObjectASTNode;
  name?: string;
  nameNode?: ASTNode;
  uiDefinition?: ObjectASTNode;
  parametersProperty?: PropertyASTNode;
  parameters: ParameterModel[];
}

export interface ParameterSetsModel {
  property: PropertyASTNode;
  node?: ObjectASTNode;
  uiDefinition?: ObjectASTNode;
  valuesProperty?: PropertyASTNode;
  values?: ArrayASTNode;
  sets: ParameterSetModel[];
}

export interface ConnectionParametersModel {
  property: PropertyASTNode;
  node?: ObjectASTNode;
  parameters: ParameterModel[];
}

export interface StringItem {
  value: string;
  node: StringASTNode;
}

export interface PolicyModel {
  index: number;
  node: ASTNode;
  object?: ObjectASTNode;
  templateId?: string;
  templateIdNode?: ASTNode;
  title?: string;
  parameters?: ObjectASTNode;
  operationNamesProperty?: PropertyASTNode;
  operationNames: StringItem[];
}

/** One `@connectionParameters('name')` occurrence inside a policy value. */
export interface ConnectionParameterReference {
  name: string;
  /** Document offsets of the name itself (inside the quotes of the expression). */
  offset: number;
  length: number;
  node: StringASTNode;
  policy: PolicyModel;
}

export interface ConnectorModel {
  root?: ObjectASTNode;
  propertiesProperty?: PropertyASTNode;
  properties?: ObjectASTNode;
  connectionParameters?: ConnectionParametersModel;
  parameterSets?: ParameterSetsModel;
  /** Top-level parameters first, then each set's parameters in order. */
  allParameters: ParameterModel[];
  oauthSettings: OAuthSettingsModel[];
  policiesProperty?: PropertyASTNode;
  policies: PolicyModel[];
  scriptOperationsProperty?: PropertyASTNode;
  scriptOperations: StringItem[];
  references: ConnectionParameterReference[];
  /** A member of `properties` by exact name. */
  member(name: string): PropertyASTNode | undefined;
}

/**
 * `@connectionParameters('name')` in the raw text of a policy value (SPEC §7.2). The name runs to the next quote;
 * group 2 is the closing quote, absent while the name is still being typed.
 */
const REFERENCE = /@connectionParameters\(\s*'([^']*)(')?/g;

export interface ReferenceMatch {
  /** The name as written in the raw text (up to the closing quote, or to the end when there is none). */
  name: string;
  /** Offset of the name within the scanned text. */
  start: number;
  /** Whether the closing quote follows the name. */
  closed: boolean;
}

/** Every `@connectionParameters('...')` in `raw` (the source slice of one JSON string), closed or not. */
export function scanConnectionParameterReferences(raw: string): ReferenceMatch[] {
  if (!raw.includes('@connectionParameters')) return [];
  const out: ReferenceMatch[] = [];
  REFERENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REFERENCE.exec(raw))) {
    out.push({ name: m[1], start: m.index + m[0].indexOf("'") + 1, closed: m[2] !== undefined });
  }
  return out;
}

export function buildModel(root: ASTNode | undefined, text: string): ConnectorModel {
  const rootObj = asObject(root);
  const propertiesProperty = getProperty(rootObj, 'properties');
  const properties = asObject(propertiesProperty?.valueNode);
  const model: ConnectorModel = {
    root: rootObj,
    propertiesProperty,
    properties,
    allParameters: [],
    oauthSettings: [],
    policies: [],
    scriptOperations: [],
    references: [],
    member: (name: string) => getProperty(properties, name),
  };
  if (!properties) return model;

  const cpProp = getProperty(properties, 'connectionParameters');
  if (cpProp) {
    const node = asObject(cpProp.valueNode);
    model.connectionParameters = { property: cpProp, node, parameters: readParameters(node, undefined, model) };
  }

  const setsProp = getProperty(properties, 'connectionParameterSets');
  if (setsProp) {
    const node = asObject(setsProp.valueNode);
    const valuesProperty = getProperty(node, 'values');
    const values = asArray(valuesProperty?.valueNode);
    const sets: ParameterSetModel[] = [];
    values?.items.forEach((item, index) => {
      const object = asObject(item);
      const nameNode = getValue(object, 'name');
      const parametersProperty = getProperty(object, 'parameters');
      const set: ParameterSetModel = {
        index, node: item, object, nameNode,
        name: nameNode?.type === 'string' ? nameNode.value : undefined,
        uiDefinition: asObject(getValue(object, 'uiDefinition')),
        parametersProperty,
        parameters: [],
      };
      set.parameters = readParameters(asObject(parametersProperty?.valueNode), set, model);
      sets.push(set);
    });
    model.parameterSets = {
      property: setsProp, node, valuesProperty, values, sets,
      uiDefinition: asObject(getValue(node, 'uiDefinition')),
    };
  }

  const policiesProperty = getProperty(properties, 'policyTemplateInstances');
  model.policiesProperty = policiesProperty;
  asArray(policiesProperty?.valueNode)?.items.forEach((item, index) => {
    const object = asObject(item);
    const templateIdNode = getValue(object, 'templateId');
    const parameters = asObject(getValue(object, 'parameters'));
    const operationNamesProperty = getProperty(parameters, 'x-ms-apimTemplate-operationName');
    const titleNode = getValue(object, 'title');
    const policy: PolicyModel = {
      index, node: item, object, templateIdNode,
      templateId: templateIdNode?.type === 'string' ? templateIdNode.value : undefined,
      title: titleNode?.type === 'string' ? titleNode.value : undefined,
      parameters,
      operationNamesProperty,
      operationNames: stringItems(operationNamesProperty?.valueNode),
    };
    model.policies.push(policy);
    collectReferences(parameters, policy, text, model.references);
  });

  model.scriptOperationsProperty = getProperty(properties, 'scriptOperations');
  model.scriptOperations = stringItems(model.scriptOperationsProperty?.valueNode);
  return model;
}

function readParameters(node: ObjectASTNode | undefined, set: ParameterSetModel | undefined, model: ConnectorModel): ParameterModel[] {
  if (!node) return [];
  const out: ParameterModel[] = [];
  for (const property of node.properties) {
    const obj = asObject(property.valueNode);
    const typeNode = getValue(obj, 'type');
    const uiDefinition = asObject(getValue(obj, 'uiDefinition'));
    const constraints = asObject(getValue(uiDefinition, 'constraints'));
    const hiddenBy = hidingKey(constraints);
    const param: ParameterModel = {
      name: property.keyNode.value,
      property,
      node: obj,
      typeNode,
      type: typeNode?.type === 'string' ? typeNode.value : undefined,
      uiDefinition,
      constraints,
      hidden: hiddenBy !== undefined,
      hiddenBy,
      set,
    };
    const oauthProp = getPropertyIgnoreCase(obj, 'oAuthSettings');
    if (oauthProp) {
      const settings = asObject(oauthProp.valueNode);
      const idpNode = getValue(settings, 'identityProvider');
      param.oAuthSettings = {
        parameter: param,
        property: oauthProp,
        node: settings,
        identityProviderNode: idpNode,
        identityProvider: idpNode?.type === 'string' ? idpNode.value : undefined,
        customParameters: asObject(getValue(settings, 'customParameters')),
        properties: asObject(getValue(settings, 'properties')),
      };
      model.oauthSettings.push(param.oAuthSettings);
    }
    out.push(param);
    model.allParameters.push(param);
  }
  return out;
}

/** The designer hides iff `hidden === 'true'` or `hideInUI === 'true'`, compared as strings (SPEC §3.5, §6). */
function hidingKey(constraints: ObjectASTNode | undefined): 'hidden' | 'hideInUI' | undefined {
  for (const key of ['hidden', 'hideInUI'] as const) {
    const v = getValue(constraints, key);
    if (v?.type === 'string' && v.value === 'true') return key;
  }
  return undefined;
}

function stringItems(node: ASTNode | undefined): StringItem[] {
  const arr = asArray(node);
  if (!arr) return [];
  const out: StringItem[] = [];
  for (const item of arr.items) if (item.type === 'string') out.push({ value: item.value, node: item });
  return out;
}

function collectReferences(parameters: ObjectASTNode | undefined, policy: PolicyModel, text: string, out: ConnectionParameterReference[]): void {
  walk(parameters, node => {
    if (node.type !== 'string' || node.parent?.type === 'property' && node.parent.keyNode === node) return;
    // Match on the raw source slice so offsets are exact even when the value contains escapes.
    const raw = text.substring(node.offset, node.offset + node.length);
    for (const m of scanConnectionParameterReferences(raw)) {
      // An unclosed name is not a reference yet (navigation still follows it while it is typed).
      if (m.closed) out.push({ name: m.name, offset: node.offset + m.start, length: m.name.length, node, policy });
    }
  });
}

/** Every parameter whose name matches exactly, across `connectionParameters` and all sets. */
export function findParameters(model: ConnectorModel, name: string): ParameterModel[] {
  return model.allParameters.filter(p => p.name === name);
}
