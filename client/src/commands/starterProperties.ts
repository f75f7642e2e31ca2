// The starter apiProperties.json behind "New Connector Properties File". No VS Code import, so it is unit-tested
// directly. Authentication shapes come from the engine's authKinds (shared with the code actions and snippets);
// this module only adds the file around them: the no-auth and multi-auth variants, the brand colour, capabilities.
import {
  AUTH_KINDS, AuthKind, AuthKindId, Placeholder, Template, getAuthKind, parameterSetsTemplate, resolveSentinels, withSentinels,
} from '../../../server/src/common';

export type StarterChoice =
  | { kind: 'none' }
  | { kind: 'single'; auth: AuthKindId }
  | { kind: 'multi'; auths: AuthKindId[] };

export interface StarterPick {
  label: string;
  detail: string;
  choice: StarterChoice;
}

/** The quick-pick entries, in the order the portal wizard lists kinds, with multi-auth last. */
export function starterPicks(): StarterPick[] {
  return [
    { label: 'No authentication', detail: 'An empty connectionParameters: the connection asks for nothing', choice: { kind: 'none' } },
    ...AUTH_KINDS.map(k => ({ label: k.label, detail: k.detail, choice: { kind: 'single', auth: k.id } as StarterChoice })),
    { label: 'Multi-auth (several authentication types)', detail: 'connectionParameterSets: pick the kinds next', choice: { kind: 'multi', auths: [] } },
  ];
}

function kind(id: AuthKindId): AuthKind {
  const k = getAuthKind(id);
  if (!k) throw new Error(`unknown authentication kind ${id}`);
  return k;
}

export function starterTemplate(choice: StarterChoice): Template {
  const properties: Record<string, Template> = {};
  switch (choice.kind) {
    case 'none': properties.connectionParameters = {}; break;
    case 'single': properties.connectionParameters = kind(choice.auth).connectionParameters(); break;
    case 'multi': {
      if (choice.auths.length === 0) throw new Error('multi-auth needs at least one authentication kind');
      properties.connectionParameterSets = parameterSetsTemplate(choice.auths.map(kind));
      break;
    }
  }
  // A valid colour the author is expected to change; independent publishers must use #da3b01.
  properties.iconBrandColor = new Placeholder('#3a6ea5', 'brandColor');
  properties.capabilities = [];
  return { properties };
}

/** The file as paconn writes it (2-space JSON), with `${n:...}` tab stops when `snippet` is true. */
export function starterContent(choice: StarterChoice, snippet: boolean): string {
  const { value, defaults } = withSentinels(starterTemplate(choice));
  return resolveSentinels(JSON.stringify(value, null, 2), defaults, snippet) + '\n';
}
