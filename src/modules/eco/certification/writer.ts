/**
 * The one-stop decision's plug-in for eco certification (issue 5 §3, issue 6 §2): a granted
 * BQL-ST-01 dossier certifies the park it names, BQL-ST-02/03 the enterprise (the applicant by
 * default), in the deciding transaction with its audit entry. A park outside the deciding Board's
 * province or an unknown enterprise blocks the decision (422 naming the dossier).
 */
import { AppError } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Tx } from '../../../platform/db/client';
import type { InvestmentService } from '../../investment/service';
import type { ResultInput, ResultWriter } from '../../onestop/dossiers/registry-results';
import { refusedResult } from '../../onestop/dossiers/registry-results';
import type { ZonesService } from '../../zones/service';
import { ECO_READER } from '../use-cases/deps';
import type { CertificationKind } from './contract';
import { ecoCertifications } from './schema';
import { validUntilOf } from './status';

/** Which certificate each eco procedure's grant issues. */
export const CERTIFICATION_OF: Readonly<Record<string, CertificationKind>> = {
  'BQL-ST-01': 'eco_industrial_park',
  'BQL-ST-02': 'eco_enterprise',
  'BQL-ST-03': 'eco_enterprise',
};

type RegistryOn = (tx: Tx) => {
  zones: Pick<ZonesService, 'parkScope'>;
  investment: Pick<InvestmentService, 'getEnterprise'>;
};

const unprocessable = (vi: string, en: string, field: string) =>
  new AppError('UNPROCESSABLE', vi, en, { [field]: { message: vi, messageEn: en } });

async function subjectOf(registry: ReturnType<RegistryOn>, input: ResultInput, kind: CertificationKind) {
  const request = input.request;
  if (request && request.kind !== 'eco_park' && request.kind !== 'eco_enterprise') {
    throw unprocessable(
      'Thông tin ghi kết quả không khớp với thủ tục.',
      'The result details do not match the procedure.',
      'body.registry.kind',
    );
  }
  const parkId = request && 'parkId' in request ? (request.parkId ?? null) : null;
  if (kind === 'eco_industrial_park' && !parkId) {
    throw unprocessable(
      `Hồ sơ ${input.dossierCode} chưa ghi khu công nghiệp được chứng nhận.`,
      `Dossier ${input.dossierCode} does not name the park to certify.`,
      'body.registry.parkId',
    );
  }
  if (parkId) {
    const park = await registry.zones.parkScope(parkId);
    if (!park || park.provinceCode !== input.provinceCode) {
      throw unprocessable(
        'Khu công nghiệp không thuộc địa bàn của Ban Quản lý.',
        "The park is not in the Board's province.",
        'body.registry.parkId',
      );
    }
  }
  if (kind === 'eco_industrial_park') return { parkId, enterpriseId: null };
  const enterpriseId =
    (request?.kind === 'eco_enterprise' ? request.enterpriseId : undefined) ?? input.applicantEnterpriseId;
  if (!enterpriseId) {
    throw unprocessable(
      `Hồ sơ ${input.dossierCode} chưa ghi doanh nghiệp được chứng nhận.`,
      `Dossier ${input.dossierCode} does not name the enterprise to certify.`,
      'body.registry.enterpriseId',
    );
  }
  await registry.investment.getEnterprise(ECO_READER, enterpriseId);
  return { parkId, enterpriseId };
}

export function ecoCertificationWriter(registryOn: RegistryOn): ResultWriter {
  return async (tx, actor, input) => {
    const kind = CERTIFICATION_OF[input.procedureCode];
    if (!kind) return {};
    let subject: { parkId: string | null; enterpriseId: string | null };
    try {
      subject = await subjectOf(registryOn(tx), input, kind);
    } catch (e) {
      if (e instanceof AppError)
        throw refusedResult(e, input.dossierCode, 'Sổ chứng nhận sinh thái', 'The eco certification register');
      throw e;
    }
    const [row] = await tx
      .insert(ecoCertifications)
      .values({
        kind,
        ...subject,
        provinceCode: input.provinceCode,
        certificateNo: input.certificateNo,
        certifiedOn: input.day,
        validUntil: validUntilOf(input.day, input.version.resultValidity?.months),
        dossierId: input.dossierId,
        dossierCode: input.dossierCode,
        procedureCode: input.procedureCode,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'eco_certification.grant',
      entityType: 'eco_certification',
      entityId: row!.id,
      before: null,
      after: row,
    });
    return {
      kind: 'eco_certification',
      certificationId: row!.id,
      certification: kind,
      parkId: subject.parkId,
      enterpriseId: subject.enterpriseId,
      certifiedOn: input.day,
      validUntil: row!.validUntil,
    };
  };
}
