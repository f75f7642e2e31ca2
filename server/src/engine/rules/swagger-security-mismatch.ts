// The swagger's securityDefinitions and the connection parameters describe the same sign-in twice; paconn uploads
// both, and when they disagree the connection asks for the wrong thing or never sends the credential.
import type { ASTNode } from '../ast';
import type { ConnectorModel, ParameterModel } from '../model';
import { isPaired, SwaggerContext } from '../swagger/types';
import { swaggerName } from '../swagger/ruleHelpers';
import type { Rule, RuleContext } from './types';
import { setLabel } from './util';

type AuthKind = 'oauth2' | 'basic' | 'apiKey';

interface Definition { name: string; type: AuthKind; label: string }

function definitions(swagger: SwaggerContext): Definition[] {
  const out: Definition[] = [];
  for (const [name, value] of Object.entries(swagger.securityDefinitions ?? {})) {
    if (!value || typeof value !== 'object') continue;
    const v = value as { type?: unknown; in?: unknown; name?: unknown };
    if (v.type !== 'oauth2' && v.type !== 'basic' && v.type !== 'apiKey') continue;
    const where = v.type === 'apiKey' && typeof v.in === 'string' && typeof v.name === 'string' ? `, ${v.in} "${v.name}"` : '';
    out.push({ name, type: v.type, label: `"${name}" (${v.type}${where})` });
  }
  return out;
}

const isOAuth = (p: ParameterModel) => p.type?.toLowerCase() === 'oauthsetting';
const named = (params: ParameterModel[], name: string) => params.find(p => p.name.toLowerCase() === name);
/** Secure inputs that can carry an API key: not basic's username/password, not an OAuth sub-input (`token:clientSecret`). */
const keyParams = (params: ParameterModel[]) =>
  params.filter(p => p.type?.toLowerCase() === 'securestring' && !['username', 'password'].includes(p.name.toLowerCase()) && !p.name.includes(':'));

function provides(params: ParameterModel[], type: AuthKind): boolean {
  switch (type) {
    case 'oauth2': return params.some(isOAuth);
    case 'basic': return !!named(params, 'username') && !!named(params, 'password');
    case 'apiKey': return keyParams(params).length > 0;
  }
}

function kindsOf(params: ParameterModel[]): AuthKind[] {
  const kinds = (['oauth2', 'basic', 'apiKey'] as AuthKind[]).filter(t => provides(params, t));
  // A basic set often has a second secure input (a subscription key sent by a policy); basic is what it signs in with.
  return kinds.includes('basic') ? kinds.filter(k => k !== 'apiKey') : kinds;
}

const KIND_WORDS: Record<AuthKind, string> = { oauth2: 'OAuth 2.0', basic: 'basic authentication', apiKey: 'an API key' };

export const rule: Rule = {
  id: 'swagger-security-mismatch',
  severity: 'warning',
  category: 'swagger',
  description: 'The swagger\'s `securityDefinitions` and the connection parameters describe different authentication (apiKey needs a securestring parameter, basic needs `username` + `password`, oauth2 needs an `oauthSetting` parameter `token`).',
  check(model, ctx) {
    const swagger = ctx.swagger;
    if (!isPaired(swagger)) return;
    const defs = definitions(swagger);
    // The swagger's name and the other message parts are built only for a finding (most files have none).
    const file = () => swaggerName(swagger);
    if (model.parameterSets?.sets.length) checkSets(model, ctx, defs, file);
    else checkSingle(model, ctx, defs, file);
  },
};

function checkSingle(model: ConnectorModel, ctx: RuleContext, defs: Definition[], file: () => string): void {
  const params = model.connectionParameters?.parameters ?? [];
  const anchor: ASTNode | undefined = model.connectionParameters?.property.keyNode ?? model.propertiesProperty?.keyNode;
  for (const def of defs) {
    if (provides(params, def.type)) continue;
    let message: string;
    if (def.type === 'apiKey') {
      message = `Security definition ${def.label} in ${file()} has no matching connection parameter: add a "securestring" parameter (usually "api_key") so the connection asks for the key.`;
    } else if (def.type === 'basic') {
      const missing = ['username', 'password'].filter(n => !named(params, n));
      message = `Security definition ${def.label} in ${file()} expects connection parameters "username" and "password"; missing: ${missing.map(m => `"${m}"`).join(' and ')}.`;
    } else {
      message = `Security definition ${def.label} in ${file()} has no matching connection parameter: add an "oauthSetting" parameter named "token" with oAuthSettings.`;
    }
    if (anchor) ctx.report({ node: anchor, message, data: { securityDefinition: def.name } });
  }

  let referencedNames: Set<string> | undefined;
  const referenced = (name: string) => (referencedNames ??= new Set(model.references.map(r => r.name))).has(name);
  const has = (type: AuthKind) => defs.some(d => d.type === type);
  const declared = () => defs.length ? `declares only ${defs.map(d => d.label).join(', ')}` : 'has no securityDefinitions';
  for (const p of params.filter(isOAuth)) {
    if (has('oauth2')) continue;
    ctx.report({
      node: p.property.keyNode, severity: 'information',
      message: `Parameter "${p.name}" is an OAuth setting, but ${file()} ${declared()}; add an oauth2 security definition so the swagger describes the same sign-in.`,
    });
  }
  if (!has('apiKey') && !has('basic')) {
    for (const p of keyParams(params)) {
      if (referenced(p.name)) continue; // a policy sends it (setheader/setqueryparameter): no definition needed
      ctx.report({
        node: p.property.keyNode, severity: 'information',
        message: `Secure parameter "${p.name}" has no apiKey security definition (${file()} ${declared()}) and no policy uses @connectionParameters('${p.name}'); unless the operations send it another way, add an apiKey security definition or a policy that sends it.`,
      });
    }
  }
  if (!has('basic') && named(params, 'username') && named(params, 'password') && !referenced(named(params, 'password')!.name)) {
    const p = named(params, 'password')!;
    ctx.report({
      node: p.property.keyNode, severity: 'information',
      message: `Parameters "username" and "password" look like basic authentication, but ${file()} ${declared()}; add a security definition of type "basic".`,
    });
  }
}

function checkSets(model: ConnectorModel, ctx: RuleContext, defs: Definition[], file: () => string): void {
  // Real multi-auth connectors often leave securityDefinitions empty (the sets are the truth), so only a swagger
  // that declares something is compared, and only at information level.
  if (!defs.length) return;
  const sets = model.parameterSets!.sets;
  const used = new Set<AuthKind>();
  for (const set of sets) {
    const kinds = kindsOf(set.parameters);
    kinds.forEach(k => used.add(k));
    for (const kind of kinds) {
      if (defs.some(d => d.type === kind)) continue;
      ctx.report({
        node: set.nameNode ?? set.node, severity: 'information',
        message: `Set ${setLabel(set.index, set.name)} signs in with ${KIND_WORDS[kind]}, but ${file()} has no ${kind} security definition (it declares ${defs.map(d => d.label).join(', ')}).`,
      });
    }
  }
  const anchor = model.parameterSets!.property.keyNode;
  for (const def of defs) {
    if (used.has(def.type)) continue;
    ctx.report({
      node: anchor, severity: 'information',
      message: `Security definition ${def.label} in ${file()} matches no connection parameter set: no set has ${def.type === 'oauth2' ? 'an "oauthSetting" parameter' : def.type === 'basic' ? '"username" and "password"' : 'a "securestring" parameter'}.`,
      data: { securityDefinition: def.name },
    });
  }
}
