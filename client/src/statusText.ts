// The words of the language status items, from what the server last said of a document (`ppConnector/status`).
// Pure functions (no vscode API), so the unit tests read them.
import type { ConnectorStatus } from '../../server/src/common';

/** One line about the swagger pairing: "paired with apiDefinition.swagger.json", "no swagger found", ... */
export function describeSwagger(status: ConnectorStatus | undefined): string | undefined {
  if (!status) return undefined;
  switch (status.swagger) {
    case 'paired': return `paired with ${status.swaggerName ?? 'the swagger'}`;
    case 'missing': return 'no swagger found';
    case 'invalid': return `${status.swaggerName ?? 'swagger'} is not valid JSON`;
    case 'unreadable': return `${status.swaggerName ?? 'swagger'} cannot be read`;
  }
}

/** One line about breaking changes: "breaking changes vs HEAD", or why there is no comparison. */
export function describeBase(status: ConnectorStatus | undefined): string | undefined {
  const base = status?.base;
  if (!base) return undefined;
  if (base.note) return base.note;
  return base.ref ? `breaking changes checked against ${base.ref}` : undefined;
}

/** The status item's text: "Multi-auth: 3 sets · swagger paired · profile: certified". */
export function describeStatus(status: ConnectorStatus | undefined): string | undefined {
  if (!status) return undefined;
  const swagger = !status.swagger ? undefined : status.swagger === 'paired' ? 'swagger paired' : status.swagger === 'missing' ? 'no swagger' : `swagger ${status.swagger}`;
  return [status.authentication, swagger, status.profile && `profile: ${status.profile}`].filter(Boolean).join(' · ');
}

/** The swagger status item's text: "Swagger Validator · profile: certified", or that checks are off. */
export function describeSwaggerDocument(status: ConnectorStatus | undefined): string | undefined {
  if (!status || status.document !== 'swagger') return undefined;
  if (status.validating === false) return 'Connector checks off';
  return ['Swagger Validator', status.profile && `profile: ${status.profile}`].filter(Boolean).join(' · ');
}

/** The swagger status item's detail: which rules run for the profile, and the breaking-change base. */
export function describeSwaggerDetail(status: ConnectorStatus | undefined): string | undefined {
  if (!status || status.document !== 'swagger' || status.validating === false) return undefined;
  const rules = status.profile === 'custom' ? 'certification-only rules off (profile custom)' : status.profile ? `certification rules on (profile ${status.profile})` : undefined;
  return [rules, describeBase(status)].filter(Boolean).join(' · ') || undefined;
}
