// Compares the connection parameters of a published apiProperties.json with the edited one. A connection stores the
// values of the parameters it was created with, under their names, for the authentication it was created with: a
// parameter that is gone or changed its type, a parameter set that is gone, or another identity provider, leaves
// existing connections unable to sign in or send what the connector now expects.
import type { BreakingFinding, DocPath } from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

interface Param {
  name: string;
  type?: string;
  identityProvider?: string;
  /** Where the parameter is written: `properties/connectionParameters/<name>` or inside a set. */
  at: DocPath;
  /** `connectionParameters` or the set's name, for messages. */
  owner: string;
}

interface Auth {
  legacy?: { params: Map<string, Param>; at: DocPath };
  sets: Map<string, { params: Map<string, Param>; at: DocPath }>;
}

function readParams(node: unknown, at: DocPath, owner: string): Map<string, Param> {
  const out = new Map<string, Param>();
  if (!isObject(node)) return out;
  for (const [name, raw] of Object.entries(node)) {
    const p = isObject(raw) ? raw : {};
    const settingsKey = Object.keys(p).find(k => k.toLowerCase() === 'oauthsettings');
    const settings = settingsKey ? p[settingsKey] : undefined;
    out.set(name, {
      name, owner, at: [...at, name],
      type: typeof p.type === 'string' ? p.type : undefined,
      identityProvider: isObject(settings) && typeof settings.identityProvider === 'string' ? settings.identityProvider : undefined,
    });
  }
  return out;
}

function readAuth(doc: Json): Auth {
  const props = isObject(doc.properties) ? doc.properties : {};
  const auth: Auth = { sets: new Map() };
  if (props.connectionParameters !== undefined) {
    const at: DocPath = ['properties', 'connectionParameters'];
    auth.legacy = { params: readParams(props.connectionParameters, at, 'connectionParameters'), at };
  }
  const sets = isObject(props.connectionParameterSets) ? props.connectionParameterSets : {};
  if (Array.isArray(sets.values)) {
    sets.values.forEach((set, i) => {
      if (!isObject(set) || typeof set.name !== 'string' || auth.sets.has(set.name)) return;
      const at: DocPath = ['properties', 'connectionParameterSets', 'values', i, 'parameters'];
      auth.sets.set(set.name, { params: readParams(set.parameters, at, `set "${set.name}"`), at });
    });
  }
  return auth;
}

export function compareConnectionParameters(base: Json, next: Json): BreakingFinding[] {
  const before = readAuth(base), after = readAuth(next);
  const findings: BreakingFinding[] = [];
  const report = (valuePath: string, at: DocPath, key: boolean, message: string) =>
    findings.push({ ruleId: 'breaking-connection-parameters-changed', valuePath, at, key: key || undefined, message });
  const fallback: DocPath = isObject(next.properties) ? ['properties'] : [];
  const everyNewParam = () => [...(after.legacy ? [after.legacy] : []), ...after.sets.values()].flatMap(g => [...g.params.values()]);

  const compare = (old: Param, cur: Param | undefined, missingAt: DocPath, valuePath: string) => {
    if (!cur) {
      report(valuePath, missingAt, true,
        `Connection parameter "${old.name}" (${old.owner}) is in the published version but not here: existing connections were created with it and break. ` +
        'Keep the parameter; add new parameters as optional ones or in a new parameter set.');
      return;
    }
    if (old.type !== undefined && cur.type !== old.type) {
      report(valuePath, [...cur.at, 'type'], false,
        `Connection parameter "${old.name}" changed type from ${old.type} to ${cur.type ?? 'none'}: existing connections hold a value of the old kind. Keep "type": "${old.type}".`);
    }
    if (old.identityProvider !== undefined && cur.identityProvider !== old.identityProvider) {
      const settingsAt = cur.identityProvider !== undefined ? [...cur.at, 'oAuthSettings', 'identityProvider'] : cur.at;
      report(valuePath, settingsAt, cur.identityProvider === undefined,
        `The identity provider of "${old.name}" changed from ${old.identityProvider} to ${cur.identityProvider ?? 'none'}: existing connections signed in with the old provider and must be re-created. ` +
        'Keep the provider, or offer the new one as an additional parameter set.');
    }
  };

  if (before.legacy) {
    for (const old of before.legacy.params.values()) {
      // Converting to multi-auth keeps a parameter when a set declares it under the same name.
      const cur = after.legacy?.params.get(old.name) ?? everyNewParam().find(p => p.name === old.name);
      compare(old, cur, after.legacy?.at ?? fallback, `connectionParameters/${old.name}`);
    }
  }
  for (const [setName, set] of before.sets) {
    const now = after.sets.get(setName);
    if (!now) {
      report(`connectionParameterSets/${setName}`, isObject(next.properties) && isObject((next.properties as Json).connectionParameterSets) ? ['properties', 'connectionParameterSets'] : fallback, true,
        `Parameter set "${setName}" is in the published version but not here: connections created with it break. Keep the set (its name is what connections store).`);
      continue;
    }
    for (const old of set.params.values()) compare(old, now.params.get(old.name), now.at, `connectionParameterSets/${setName}/${old.name}`);
  }
  return findings;
}
