import { describe, expect, it } from 'vitest';
import type { DossierDetail } from '../../../../../src/modules/onestop/dossiers/contract';
import { decideBody } from './decide-body';

const dossier = (procedureCode: string) =>
  ({ procedureCode, applicantEnterpriseId: 'e0000000-0000-4000-8000-000000000001', registry: null }) as DossierDetail;
const PROJECT = 'a0000000-0000-4000-8000-000000000001';

describe('the decide request from the leader’s form', () => {
  it('an IRC adjustment carries only the changes entered, in the investment service’s shape', () => {
    const body = decideBody(dossier('BQL-DT-02'), {
      result: 'granted',
      note: '',
      certificateNo: ' 0123456789 ',
      projectId: PROJECT,
      capitalDelta: 5000000,
      currency: 'USD',
      landAreaDeltaHa: -0.5,
      schedule: ' Quý IV/2027 đi vào hoạt động ',
      objectives: 'Sản xuất linh kiện\n\n Lắp ráp bo mạch ',
    });
    expect(body).toEqual({
      action: 'decide',
      result: 'granted',
      note: '',
      certificateNo: '0123456789',
      registry: {
        kind: 'adjust',
        projectId: PROJECT,
        change: {
          capitalDelta: { value: '5000000', currency: 'USD' },
          landAreaDeltaHa: '-0.5',
          schedule: 'Quý IV/2027 đi vào hoạt động',
          objectives: ['Sản xuất linh kiện', 'Lắp ráp bo mạch'],
        },
      },
    });
  });

  it('a change of investor replaces the whole list with the new one at 100 %', () => {
    const body = decideBody(dossier('BQL-DT-02'), { projectId: PROJECT, investorId: 'i-1' });
    expect(body.registry).toEqual({
      kind: 'adjust',
      projectId: PROJECT,
      change: { investors: [{ investorId: 'i-1', share: '100' }] },
    });
  });

  it('a re-issue names the project; its reason is the decision note', () => {
    const body = decideBody(dossier('BQL-DT-03'), {
      result: 'granted',
      note: 'Bản gốc bị hỏng do ngập nước',
      projectId: PROJECT,
    });
    expect(body).toMatchObject({
      note: 'Bản gốc bị hỏng do ngập nước',
      registry: { kind: 'reissue', projectId: PROJECT },
    });
  });

  it('eco certification names the park, or the enterprise when the dossier has none', () => {
    expect(decideBody(dossier('BQL-ST-01'), { parkId: 'p-1' }).registry).toEqual({ kind: 'eco_park', parkId: 'p-1' });
    expect(decideBody(dossier('BQL-ST-02'), {}).registry).toBeUndefined();
    expect(decideBody(dossier('BQL-ST-03'), { enterpriseId: 'e-2' }).registry).toEqual({
      kind: 'eco_enterprise',
      enterpriseId: 'e-2',
    });
  });

  it('a refusal sends no registry details, and empty fields keep the applicant’s', () => {
    expect(
      decideBody(dossier('BQL-DT-02'), { result: 'refused', note: 'Không đủ điều kiện', projectId: PROJECT }),
    ).toEqual({
      action: 'decide',
      result: 'refused',
      note: 'Không đủ điều kiện',
    });
    expect(decideBody(dossier('BQL-DT-02'), { result: 'granted' }).registry).toBeUndefined();
  });
});
