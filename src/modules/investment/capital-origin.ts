/**
 * FDI or DDI follows from who the investors are (Law on Investment 61/2020/QH14 Art. 3: a foreign
 * investor is an individual of foreign nationality or an organisation established under foreign law;
 * Art. 23(1): an economic organisation registered in Viet Nam invests as a foreign investor when
 * foreign investors, or organisations they control, hold more than the threshold of its charter
 * capital). Thresholds live in capital-origin-rules.ts and are chosen by date.
 */
import { add, compare, type Decimal, formatDecimal, parseDecimal, sub, ZERO } from '../../kernel/decimal';
import { AppError, type FieldErrors } from '../../kernel/errors';
import { type ForeignControlRule, foreignControlRuleOn } from './capital-origin-rules';

export type InvestorKind = 'organisation' | 'individual';
export type CapitalOriginKind = 'FDI' | 'DDI';
export type Text = { vi: string; en: string };

export type Investor = {
  id?: string;
  name?: string;
  kind: InvestorKind;
  /** ISO 3166-1 alpha-2: nationality of an individual, country of establishment of an organisation. */
  nationality: string;
  /** Percentage (decimal string) of the project's capital, or of the parent's charter capital for an owner. */
  share: string;
  /** Organisations established in Viet Nam: % of their charter capital held by foreign investors. */
  foreignShare?: string;
  /** Organisations established in Viet Nam: % held by organisations under Art. 23(1)(a) (for points b, c). */
  controlledShare?: string;
  /** Their own members or shareholders, evaluated recursively; wins over foreignShare/controlledShare. */
  owners?: Investor[];
  /** Partnerships (công ty hợp danh), for the second limb of Art. 23(1)(a). */
  generalPartners?: { total: number; foreignIndividuals: number };
};

export type Art23Point = 'a' | 'b' | 'c';

export type InvestorStanding = {
  /** foreign: Art. 3; art23: a Vietnamese organisation investing as a foreign investor; domestic: neither. */
  standing: 'foreign' | 'art23' | 'domestic';
  point: Art23Point | null;
  /** For Vietnamese organisations: the foreign and (a)-organisation shares of their charter capital. */
  foreignShare: string;
  controlledShare: string;
};

export type CapitalOrigin = {
  origin: CapitalOriginKind;
  reason: Text;
  /** % of the project held by investors that are, or invest as, foreign investors. */
  foreignShare: string;
  /** Some investor is a Vietnamese organisation that must invest as a foreign investor (Art. 23(1)). */
  asForeignInvestor: boolean;
  investors: InvestorStanding[];
  rule: { id: string; legalBasis: string; effectiveFrom: string };
};

export const DEFAULT_SHARE_TOLERANCE = '0.01';
const HUNDRED = parseDecimal('100');
const COUNTRY = /^[A-Z]{2}$/;

const label = (inv: Investor, index: number) => inv.name ?? inv.id ?? `#${index + 1}`;

function parseShare(text: string | undefined): Decimal | null {
  if (text === undefined) return null;
  try {
    return parseDecimal(text);
  } catch {
    return null;
  }
}

/**
 * Every problem in an investor list, keyed by path (`investors.1.share`, `investors.0.owners`…):
 * shares are percentages in (0, 100] adding up to 100 within `tolerance`, recursively for owners.
 */
export function shareProblems(
  investors: readonly Investor[],
  tolerance = DEFAULT_SHARE_TOLERANCE,
  path = 'investors',
): FieldErrors {
  const errors: FieldErrors = {};
  if (investors.length === 0) {
    errors[path] = { message: 'Cần ít nhất một nhà đầu tư.', messageEn: 'At least one investor is required.' };
    return errors;
  }
  let total = ZERO;
  let parsable = true;
  investors.forEach((inv, i) => {
    const at = `${path}.${i}`;
    const share = parseShare(inv.share);
    if (share === null || share <= ZERO || compare(share, HUNDRED) > 0) {
      parsable = false;
      errors[`${at}.share`] = {
        message: `Tỷ lệ góp vốn "${inv.share}" phải là số lớn hơn 0 và không quá 100.`,
        messageEn: `Share "${inv.share}" must be a number above 0 and at most 100.`,
      };
    } else total = add(total, share);
    if (!COUNTRY.test(inv.nationality)) {
      errors[`${at}.nationality`] = {
        message: `Quốc tịch "${inv.nationality}" phải là mã ISO 3166-1 gồm 2 chữ in hoa (VN là Việt Nam).`,
        messageEn: `Nationality "${inv.nationality}" must be a two-letter ISO 3166-1 code (VN for Viet Nam).`,
      };
    }
    const hasBreakdown = inv.foreignShare !== undefined || inv.controlledShare !== undefined || inv.owners;
    if (inv.kind === 'individual' && (hasBreakdown || inv.generalPartners)) {
      errors[at] = {
        message: 'Cá nhân không có cơ cấu vốn điều lệ hoặc thành viên hợp danh.',
        messageEn: 'An individual has no charter-capital breakdown or general partners.',
      };
    }
    for (const key of ['foreignShare', 'controlledShare'] as const) {
      const v = inv[key];
      const d = parseShare(v);
      if (v !== undefined && (d === null || d < ZERO || compare(d, HUNDRED) > 0)) {
        errors[`${at}.${key}`] = {
          message: `Tỷ lệ "${v}" phải nằm trong khoảng 0–100.`,
          messageEn: `Percentage "${v}" must be between 0 and 100.`,
        };
      }
    }
    const [fs, cs] = [parseShare(inv.foreignShare ?? '0'), parseShare(inv.controlledShare ?? '0')];
    const rangeOk = !errors[`${at}.foreignShare`] && !errors[`${at}.controlledShare`];
    if (rangeOk && fs !== null && cs !== null && compare(add(fs, cs), HUNDRED) > 0) {
      errors[`${at}.controlledShare`] = {
        message: 'Tỷ lệ vốn nước ngoài và tỷ lệ của tổ chức thuộc điểm a cộng lại vượt quá 100%.',
        messageEn: 'The foreign and point-(a) organisation shares add up to more than 100%.',
      };
    }
    const gp = inv.generalPartners;
    if (gp && !(Number.isInteger(gp.total) && Number.isInteger(gp.foreignIndividuals) && gp.total > 0)) {
      errors[`${at}.generalPartners`] = {
        message: 'Số thành viên hợp danh phải là số nguyên dương.',
        messageEn: 'The number of general partners must be a positive whole number.',
      };
    } else if (gp && (gp.foreignIndividuals < 0 || gp.foreignIndividuals > gp.total)) {
      errors[`${at}.generalPartners`] = {
        message: 'Số thành viên hợp danh nước ngoài phải từ 0 đến tổng số thành viên hợp danh.',
        messageEn: 'Foreign general partners must be between 0 and the number of general partners.',
      };
    }
    if (inv.owners) Object.assign(errors, shareProblems(inv.owners, tolerance, `${at}.owners`));
  });
  const gap = sub(total, HUNDRED);
  if (parsable && compare(gap < ZERO ? sub(ZERO, gap) : gap, parseDecimal(tolerance)) > 0) {
    errors[path] = {
      message: `Tổng tỷ lệ góp vốn là ${formatDecimal(total)}%, phải bằng 100% (sai số ±${tolerance}).`,
      messageEn: `The shares add up to ${formatDecimal(total)}%; they must add up to 100% (±${tolerance}).`,
    };
  }
  return errors;
}

export function assertValidShares(investors: readonly Investor[], tolerance = DEFAULT_SHARE_TOLERANCE): void {
  const fields = shareProblems(investors, tolerance);
  const first = Object.values(fields)[0];
  if (first) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Danh sách nhà đầu tư không hợp lệ: ${first.message}`,
      `Invalid investor list: ${first.messageEn}`,
      fields,
    );
  }
}

const isOver = (value: Decimal, rule: ForeignControlRule) => {
  const c = compare(value, parseDecimal(rule.thresholdPercent));
  return rule.thresholdInclusive ? c >= 0 : c > 0;
};

const thresholdText = (rule: ForeignControlRule): Text =>
  rule.thresholdInclusive
    ? { vi: `từ ${rule.thresholdPercent}% trở lên`, en: `${rule.thresholdPercent}% or more` }
    : { vi: `trên ${rule.thresholdPercent}%`, en: `over ${rule.thresholdPercent}%` };

/** Where one investor stands under Art. 3 and Art. 23(1); `investor` is assumed valid (see shareProblems). */
export function standingOf(investor: Investor, rule: ForeignControlRule): InvestorStanding {
  const none = { foreignShare: '0', controlledShare: '0' };
  // Art. 3: a foreign organisation is foreign whoever owns it, so its own breakdown is not read.
  if (investor.nationality !== 'VN') return { standing: 'foreign', point: null, ...none };
  if (investor.kind === 'individual') return { standing: 'domestic', point: null, ...none };
  let foreign = ZERO;
  let controlled = ZERO;
  if (investor.owners) {
    for (const owner of investor.owners) {
      const s = standingOf(owner, rule);
      const share = parseDecimal(owner.share);
      if (s.standing === 'foreign') foreign = add(foreign, share);
      else if (s.standing === 'art23' && (rule.chain === 'transitive' || s.point === 'a')) {
        controlled = add(controlled, share);
      }
    }
  } else {
    foreign = parseDecimal(investor.foreignShare ?? '0');
    controlled = parseDecimal(investor.controlledShare ?? '0');
  }
  const shares = { foreignShare: formatDecimal(foreign), controlledShare: formatDecimal(controlled) };
  const gp = investor.generalPartners;
  const partnersForeign = rule.partnershipForeignMajority && gp !== undefined && gp.foreignIndividuals * 2 > gp.total;
  if (isOver(foreign, rule) || partnersForeign) return { standing: 'art23', point: 'a', ...shares };
  if (isOver(controlled, rule)) return { standing: 'art23', point: 'b', ...shares };
  if (isOver(add(foreign, controlled), rule)) return { standing: 'art23', point: 'c', ...shares };
  return { standing: 'domestic', point: null, ...shares };
}

function art23Reason(inv: Investor, index: number, s: InvestorStanding, rule: ForeignControlRule): Text {
  const t = thresholdText(rule);
  const who = label(inv, index);
  const held: Record<Art23Point, Text> = {
    a:
      inv.generalPartners && !isOver(parseDecimal(s.foreignShare), rule)
        ? { vi: 'có đa số thành viên hợp danh là cá nhân nước ngoài', en: 'has mostly foreign general partners' }
        : {
            vi: `có nhà đầu tư nước ngoài nắm giữ ${s.foreignShare}% vốn điều lệ (${t.vi})`,
            en: `has foreign investors holding ${s.foreignShare}% of its charter capital (${t.en})`,
          },
    b: {
      vi: `có tổ chức kinh tế thuộc điểm a nắm giữ ${s.controlledShare}% vốn điều lệ (${t.vi})`,
      en: `has point-(a) organisations holding ${s.controlledShare}% of its charter capital (${t.en})`,
    },
    c: {
      vi: `có nhà đầu tư nước ngoài (${s.foreignShare}%) và tổ chức kinh tế thuộc điểm a (${s.controlledShare}%) cùng nắm giữ ${t.vi} vốn điều lệ`,
      en: `has foreign investors (${s.foreignShare}%) and point-(a) organisations (${s.controlledShare}%) together holding ${t.en} of its charter capital`,
    },
  };
  const p = s.point ?? 'a';
  return {
    vi: `Tổ chức kinh tế ${who} ${held[p].vi}, nên đầu tư như nhà đầu tư nước ngoài (điểm ${p} khoản 1 Điều 23 ${rule.lawVi}).`,
    en: `Economic organisation ${who} ${held[p].en}, so it invests as a foreign investor (Art. 23(1)(${p}) of the ${rule.lawEn}).`,
  };
}

/**
 * FDI or DDI for a project's investors on `on` (the date of the certificate or of the change of
 * investors). Throws VALIDATION_FAILED when the shares do not add up to 100.
 */
export function classifyCapitalOrigin(
  investors: readonly Investor[],
  on: string,
  options: { rules?: readonly ForeignControlRule[]; tolerance?: string } = {},
): CapitalOrigin {
  assertValidShares(investors, options.tolerance);
  const rule = foreignControlRuleOn(on, options.rules);
  const standings = investors.map((inv) => standingOf(inv, rule));
  let foreignShare = ZERO;
  standings.forEach((s, i) => {
    if (s.standing !== 'domestic') foreignShare = add(foreignShare, parseDecimal(investors[i]!.share));
  });
  const fdi =
    rule.projectIsFdiWhen === 'any_foreign_investor'
      ? standings.some((s) => s.standing !== 'domestic')
      : isOver(foreignShare, rule);
  const base = {
    origin: (fdi ? 'FDI' : 'DDI') as CapitalOriginKind,
    foreignShare: formatDecimal(foreignShare),
    asForeignInvestor: standings.some((s) => s.standing === 'art23'),
    investors: standings,
    rule: { id: rule.id, legalBasis: rule.legalBasis, effectiveFrom: rule.effectiveFrom },
  };
  return { ...base, reason: reasonFor(investors, standings, fdi, foreignShare, rule) };
}

function reasonFor(
  investors: readonly Investor[],
  standings: InvestorStanding[],
  fdi: boolean,
  foreignShare: Decimal,
  rule: ForeignControlRule,
): Text {
  const share = formatDecimal(foreignShare);
  const foreignAt = standings.findIndex((s) => s.standing === 'foreign');
  const art23At = standings.findIndex((s) => s.standing === 'art23');
  if (fdi && foreignAt >= 0) {
    const inv = investors[foreignAt]!;
    return {
      vi: `Nhà đầu tư nước ngoài ${label(inv, foreignAt)} (${inv.nationality}) góp ${inv.share}% vốn dự án; vốn của nhà đầu tư nước ngoài và tổ chức đầu tư như nhà đầu tư nước ngoài là ${share}% (Điều 3 ${rule.lawVi}).`,
      en: `Foreign investor ${label(inv, foreignAt)} (${inv.nationality}) holds ${inv.share}% of the project; foreign investors and organisations investing as such hold ${share}% (Art. 3 of the ${rule.lawEn}).`,
    };
  }
  if (fdi && art23At >= 0) return art23Reason(investors[art23At]!, art23At, standings[art23At]!, rule);
  if (foreignShare > ZERO) {
    const t = thresholdText(rule);
    return {
      vi: `Nhà đầu tư nước ngoài và tổ chức đầu tư như nhà đầu tư nước ngoài chỉ nắm ${share}% vốn dự án, không ${t.vi}.`,
      en: `Foreign investors and organisations investing as such hold only ${share}% of the project, not ${t.en}.`,
    };
  }
  const partlyForeign = standings.findIndex((s) => parseDecimal(s.foreignShare) > ZERO);
  if (partlyForeign >= 0) {
    const s = standings[partlyForeign]!;
    const t = thresholdText(rule);
    return {
      vi: `Tổ chức kinh tế ${label(investors[partlyForeign]!, partlyForeign)} có ${s.foreignShare}% vốn nước ngoài, không ${t.vi}, nên đầu tư như nhà đầu tư trong nước (khoản 2 Điều 23 ${rule.lawVi}).`,
      en: `Economic organisation ${label(investors[partlyForeign]!, partlyForeign)} has ${s.foreignShare}% foreign capital, not ${t.en}, so it invests as a domestic investor (Art. 23(2) of the ${rule.lawEn}).`,
    };
  }
  return {
    vi: `Tất cả nhà đầu tư là nhà đầu tư trong nước (Điều 3 ${rule.lawVi}).`,
    en: `All investors are domestic investors (Art. 3 of the ${rule.lawEn}).`,
  };
}
