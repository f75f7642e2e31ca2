// `@connectionParameters('x')` in a policy must name a declared parameter, or the policy gets an empty value.
// Resolution is case-insensitive in practice (8 working certified connectors rely on it) but undocumented [INF]: hint.
import type { ConnectionParameterReference, ConnectorModel, ParameterModel } from '../model';
import type { Rule } from './types';
import { nearest, replaceTextFix, setLabel } from './util';

interface Group { label: string; parameters: ParameterModel[] }

function groupsOf(model: ConnectorModel): Group[] {
  // With sets present, clients offer only the sets: each set must declare what the policies use.
  if (model.parameterSets?.sets.length) {
    return model.parameterSets.sets.map(s => ({ label: setLabel(s.index, s.name), parameters: s.parameters }));
  }
  return [{ label: 'connectionParameters', parameters: model.connectionParameters?.parameters ?? [] }];
}

export const rule: Rule = {
  id: 'connection-parameter-reference',
  severity: 'warning',
  category: 'policies',
  description: '`@connectionParameters(\'x\')` in a policy names no parameter (warning), matches one only case-insensitively (hint), or a parameter only some sets declare (information).',
  fixable: true,
  check(model, ctx) {
    if (!model.references.length) return;
    const groups = groupsOf(model);
    // Indexes built once, so a file with thousands of policies and sets stays linear.
    const groupsByName = new Map<string, Set<number>>();
    groups.forEach((g, i) => {
      for (const p of g.parameters) (groupsByName.get(p.name) ?? groupsByName.set(p.name, new Set()).get(p.name)!).add(i);
    });
    const byLowerName = new Map<string, ParameterModel>();
    const declared = new Set<string>();
    for (const p of model.allParameters) {
      declared.add(p.name);
      if (!byLowerName.has(p.name.toLowerCase())) byLowerName.set(p.name.toLowerCase(), p);
    }
    const index: Index = { groups, groupsByName, byLowerName, declared };
    for (const ref of model.references) check(ref, model, index, ctx);
  },
};

interface Index {
  groups: Group[];
  groupsByName: Map<string, Set<number>>;
  byLowerName: Map<string, ParameterModel>;
  declared: Set<string>;
}

function check(ref: ConnectionParameterReference, model: ConnectorModel, index: Index, ctx: Parameters<Rule['check']>[1]): void {
  const where = `policy "${ref.policy.title ?? ref.policy.templateId ?? '#' + (ref.policy.index + 1)}"`;
  const { groups } = index;
  const withExact = index.groupsByName.get(ref.name);
  if (withExact && withExact.size === groups.length) return;
  if (withExact && withExact.size > 0) {
    const lacking = groups.filter((_, i) => !withExact.has(i)).map(g => `set ${g.label}`);
    ctx.report({
      offset: ref.offset, length: ref.length, severity: 'information',
      message: `Connection parameter "${ref.name}" used in ${where} is declared in only some parameter sets; with ${lacking.join(', ')} the policy gets no value. Declare "${ref.name}" in every set, or make sure the policy still works without it.`,
    });
    return;
  }
  const caseOnly = index.declared.has(ref.name) ? undefined : index.byLowerName.get(ref.name.toLowerCase());
  if (caseOnly) {
    ctx.report({
      offset: ref.offset, length: ref.length, severity: 'hint',
      message: `Connection parameter "${ref.name}" used in ${where} matches "${caseOnly.name}" only when ignoring case: the platform tolerates this today, but it is undocumented. Write "${caseOnly.name}".`,
      fixes: [replaceTextFix(ctx.text, ref.offset, ref.length, caseOnly.name, `Change to "${caseOnly.name}"`, true)],
    });
    return;
  }
  if (index.declared.has(ref.name)) {
    ctx.report({
      offset: ref.offset, length: ref.length, severity: 'information',
      message: `Connection parameter "${ref.name}" used in ${where} is declared only in "connectionParameters", which clients ignore when "connectionParameterSets" is present, so the policy gets no value. Declare it in the sets that need it.`,
    });
    return;
  }
  const suggestion = nearest(ref.name, [...index.declared]);
  ctx.report({
    offset: ref.offset, length: ref.length,
    message: `Connection parameter "${ref.name}" used in ${where} is not declared, so the policy gets no value. ${suggestion ? `Did you mean "${suggestion}"? ` : ''}Declare it under connectionParameters (or in each set), or fix the name.`,
    fixes: suggestion ? [replaceTextFix(ctx.text, ref.offset, ref.length, suggestion, `Change to "${suggestion}"`)] : undefined,
  });
}
