/**
 * The decide request built from the leader's form: the result, and for a grant what the registry
 * records — a new project for an IRC issue, the change of an IRC adjustment (the investment
 * service's `adjusted` event: capital, charter capital, land, objectives, schedule, investors),
 * the certificate re-issued, or the park / enterprise an eco certificate names. Fields left empty
 * keep what the applicant gave with the dossier.
 */
import {
  type DossierDetail,
  REGISTRY_KIND_OF,
  type RegistryRequest,
} from '../../../../../src/modules/onestop/dossiers/contract';

export type DecideValues = Record<string, unknown>;

const given = (v: unknown) => v !== undefined && v !== null && v !== '';
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

function adjustment(v: DecideValues): RegistryRequest | null {
  if (!given(v.projectId)) return null;
  const change: Extract<RegistryRequest, { kind: 'adjust' }>['change'] = {};
  const currency = (v.currency as 'USD' | 'VND' | undefined) ?? 'USD';
  if (given(v.capitalDelta)) change.capitalDelta = { value: String(v.capitalDelta), currency };
  if (given(v.charterCapitalDelta)) change.charterCapitalDelta = { value: String(v.charterCapitalDelta), currency };
  if (given(v.landAreaDeltaHa)) change.landAreaDeltaHa = String(v.landAreaDeltaHa);
  if (text(v.schedule)) change.schedule = text(v.schedule);
  const objectives = text(v.objectives)
    .split('\n')
    .map((o) => o.trim())
    .filter(Boolean);
  if (objectives.length) change.objectives = objectives;
  if (given(v.investorId)) change.investors = [{ investorId: String(v.investorId), share: '100' }];
  return { kind: 'adjust', projectId: String(v.projectId), change };
}

function issue(d: DossierDetail, v: DecideValues): RegistryRequest | null {
  if (!given(v.projectCode)) return null;
  return {
    kind: 'issue',
    project: {
      projectCode: String(v.projectCode),
      name: String(v.projectName),
      enterpriseId: d.applicantEnterpriseId,
      location: { kind: 'park', parkId: String(v.parkId) },
      type: 'production_business',
      landAreaHa: String(v.landAreaHa),
      investors: [{ investorId: String(v.investorId), share: '100' }],
      certificate: {
        registeredCapital: { value: String(v.capital), currency: (v.currency as 'USD' | 'VND') ?? 'USD' },
      },
    },
  } as RegistryRequest;
}

/** What the form adds to the registry details of the dossier, if anything. */
export function registryOf(d: DossierDetail, v: DecideValues): RegistryRequest | null {
  switch (REGISTRY_KIND_OF[d.procedureCode]) {
    case 'issue':
      return issue(d, v);
    case 'adjust':
      return adjustment(v);
    case 'reissue':
      return given(v.projectId) ? { kind: 'reissue', projectId: String(v.projectId) } : null;
    case 'eco_park':
      return given(v.parkId) ? { kind: 'eco_park', parkId: String(v.parkId) } : null;
    case 'eco_enterprise':
      if (!given(v.enterpriseId) && !given(v.parkId)) return null;
      return {
        kind: 'eco_enterprise',
        ...(given(v.enterpriseId) ? { enterpriseId: String(v.enterpriseId) } : {}),
        ...(given(v.parkId) ? { parkId: String(v.parkId) } : {}),
      };
    default:
      return null;
  }
}

export function decideBody(d: DossierDetail, v: DecideValues): Record<string, unknown> {
  const result = (v.result as string | undefined) ?? 'granted';
  const body: Record<string, unknown> = { action: 'decide', result, note: text(v.note) };
  if (result === 'refused') return body;
  if (text(v.certificateNo)) body.certificateNo = text(v.certificateNo);
  const registry = registryOf(d, v);
  if (registry) body.registry = registry;
  return body;
}
