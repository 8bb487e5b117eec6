/**
 * Eco reports in the demo: for each pilot park, last year's A.4 and A.5 from its developer and
 * B.4/B.5 from two of its firms, at different steps of the workflow (accepted, waiting for the
 * Board, sent back for revision, draft), so a Board officer opening the list sees real work. The
 * filers and the Board act as stand-in user actors of the right role and scope (the demo has no
 * accounts for every firm); the registry's facts are pre-filled by the reports' own use cases.
 */
import type { Rng } from '../../../demo/country/random';
import type { UserActor } from '../../../platform/auth/actor';
import type { Role } from '../../../platform/auth/contract';
import type { EcoService } from '../service';

const DEMO_USER = '00000000-0000-4000-8000-0000000ec0de';

const as = (role: Role, scope: { provinceCode?: string; enterpriseId?: string }): UserActor => ({
  kind: 'user',
  id: DEMO_USER,
  username: `demo.${role}`,
  displayName: 'Dữ liệu mẫu',
  role,
  scope: { provinceCode: scope.provinceCode ?? null, enterpriseId: scope.enterpriseId ?? null },
  locale: 'vi',
});

type Park = { province: string; parkId: string; developerId: string | null; tenants: string[] };
type Outcome = 'accepted' | 'submitted' | 'revision' | 'draft';

export async function seedEcoReports(eco: EcoService, parks: readonly Park[], rng: Rng, year: number) {
  let n = 0;
  const file = async (
    filer: UserActor,
    board: UserActor,
    form: 'A.4' | 'A.5' | 'B.4' | 'B.5',
    parkId: string,
    values: Record<string, unknown>,
    outcome: Outcome,
  ) => {
    let r = await eco.createEcoReport(filer, { form, year, parkId });
    r = await eco.saveEcoReport(filer, r.id, { values, updatedAt: r.updatedAt });
    n += 1;
    if (outcome === 'draft') return;
    r = await eco.submitEcoReport(filer, r.id, { updatedAt: r.updatedAt });
    if (outcome === 'accepted') await eco.acceptEcoReport(board, r.id, { updatedAt: r.updatedAt });
    if (outcome === 'revision')
      await eco.requestEcoReportRevision(board, r.id, {
        reason: 'Đề nghị bổ sung số liệu nước thải giảm và hợp đồng cộng sinh kèm theo',
        updatedAt: r.updatedAt,
      });
  };
  const yesNo = (p: number) => rng.chance(p);
  for (const park of parks) {
    const board = as('board_officer', { provinceCode: park.province });
    if (park.developerId) {
      const dev = as('developer', { enterpriseId: park.developerId });
      const created = await eco.createEcoReport(dev, { form: 'A.4', year, parkId: park.parkId });
      const area = Number(created.values.landTotal ?? 0) || 100;
      const ha = (share: number) => String(Math.round(area * share * 100) / 100);
      const a4 = {
        landGreen: ha(rng.range(0.08, 0.14)),
        landTraffic: ha(rng.range(0.08, 0.12)),
        landTechnical: ha(rng.range(0.02, 0.05)),
        landSocial: ha(rng.range(0.01, 0.03)),
        workerHousing: 'Khu nhà ở công nhân liền kề KCN, 1.200 căn',
        recpFirmsPlanned: rng.int(2, 10),
        energySystem: 'Hệ thống giám sát điện năng tại trạm biến áp KCN',
        wastewaterReduced: String(rng.int(5_000, 60_000)),
        wastewaterCost: String(rng.int(50, 600)),
        typeExchange: true,
        typeSharedServices: yesNo(0.6),
        symbiosisPlanned: rng.int(2, 8),
        developerSupport: 'Đơn vị hỗ trợ KCN sinh thái kết nối doanh nghiệp trên sàn cộng sinh',
      };
      const saved = await eco.saveEcoReport(dev, created.id, { values: a4, updatedAt: created.updatedAt });
      const sub = await eco.submitEcoReport(dev, saved.id, { updatedAt: saved.updatedAt });
      if (yesNo(0.6)) await eco.acceptEcoReport(board, sub.id, { updatedAt: sub.updatedAt });
      n += 1;
      const a5: Record<string, unknown> = { ENV_3: rng.int(0, 35) };
      for (const key of ['ENV_4', 'ENV_5', 'ENV_6', 'PM_1', 'PM_2', 'PM_3', 'PM_4', 'SOC_3', 'SOC_5', 'SOC_7'])
        a5[key] = yesNo(0.6);
      for (const key of ['ECO_1', 'ECO_2', 'ECO_3', 'ECO_4', 'ECO_5', 'ECO_6']) a5[key] = yesNo(0.5);
      await file(dev, board, 'A.5', park.parkId, a5, rng.pick(['accepted', 'submitted'] as const));
    }
    for (const [i, firm] of park.tenants.slice(0, 2).entries()) {
      const me = as('enterprise', { enterpriseId: firm });
      const capacity = [
        {
          product: rng.pick(['Linh kiện điện tử', 'Bao bì giấy', 'Thép cán', 'Sợi dệt', 'Thực phẩm chế biến']),
          unit: 'tấn/năm',
          designCapacity: rng.int(5_000, 80_000),
          output: rng.int(3_000, 60_000),
          energyUse: rng.int(500, 20_000),
          energyType: 'điện',
          revenue: rng.int(50_000, 900_000),
        },
      ];
      const co2 = rng.int(20, 900);
      await file(
        me,
        board,
        'B.4',
        park.parkId,
        {
          capacity,
          energyModel: 'Kiểm toán năng lượng định kỳ',
          electricityCo2: String(co2),
          wasteReused: String(rng.int(5, 300)),
        },
        i === 0 ? 'accepted' : rng.pick(['submitted', 'revision', 'draft'] as const),
      );
      await file(
        me,
        board,
        'B.5',
        park.parkId,
        {
          ENV_2: rng.int(10, 100),
          SOC_1: rng.int(60, 100),
          SOC_2: rng.int(60, 100),
          SOC_4: rng.int(70, 100),
          SOC_6: rng.int(70, 100),
        },
        rng.pick(['accepted', 'submitted'] as const),
      );
    }
  }
  return n;
}
