import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CTX, listing } from './fixtures';
import { haversineKm, type MatchListing, rankCounterparts, scorePair, type Viewer, visibleTo } from './index';

const ministry: Viewer = { kind: 'ministry' };

describe('code compatibility ranks exact code over sub-chapter over chapter over text', () => {
  const offer = listing({ side: 'offer', ewcCode: '100101', title: 'Xỉ đáy lò hơi', description: 'xỉ than đáy lò' });
  const exact = listing({ side: 'need', ewcCode: '100101', title: 'Cần xỉ' });
  const sub = listing({ side: 'need', ewcCode: '100102', title: 'Cần tro' });
  const chapter = listing({ side: 'need', ewcCode: '100201', title: 'Cần phế liệu' });
  const text = listing({ side: 'need', title: 'Thu mua xỉ than', description: 'xỉ than làm gạch' });
  const none = listing({ side: 'need', ewcCode: '020101', title: 'Bùn' });

  it('orders the candidates by code level and leaves out the unrelated need', () => {
    const ranked = rankCounterparts(offer, [text, none, chapter, sub, exact], ministry, CTX);
    expect(ranked.map((s) => s.need.id)).toEqual([exact.id, sub.id, chapter.id, text.id]);
    expect(ranked[0]?.reasons[0]?.vi).toBe('Cùng mã chất thải 10 01 01');
    expect(ranked[1]?.reasons[0]?.vi).toBe('Cùng phân nhóm chất thải 10 01');
    expect(ranked[3]?.reasons[0]?.vi).toMatch(/^Mô tả có từ chung: .*than/);
  });

  it('uses a known substitution pair a facilitator added', () => {
    const ash = listing({ side: 'offer', ewcCode: '100102' });
    const cement = listing({ side: 'need', ewcCode: '101314' });
    const pair = scorePair(ash, cement, CTX);
    expect(pair.blocked).toBeNull();
    expect(pair.reasons[0]?.value).toBe(0.85);
    expect(pair.reasons[0]?.vi).toContain('tro bay làm phụ gia xi măng');
    expect(scorePair(ash, cement, { ...CTX, substitutions: [] }).reasons[0]?.value).toBe(0.4);
  });

  it('matches the national code like an EWC code', () => {
    const pair = scorePair(
      listing({ side: 'offer', nationalCode: '16 01 06' }),
      listing({ side: 'need', nationalCode: '16 01 06' }),
      CTX,
    );
    expect(pair.reasons[0]).toMatchObject({ value: 1, vi: 'Cùng mã chất thải quốc gia 16 01 06' });
  });
});

describe('distance and quantity break ties', () => {
  const offer = listing({ side: 'offer', ewcCode: '150101', quantity: 10, unit: 't', frequency: 'month' });
  it('prefers the same park, then the nearer park, then the other province', () => {
    const far = listing({
      side: 'need',
      ewcCode: '150101',
      parkId: 'park-c',
      provinceCode: '31',
      quantity: 120,
      frequency: 'year',
    });
    const near = listing({ side: 'need', ewcCode: '150101', parkId: 'park-b', quantity: 120, frequency: 'year' });
    const same = listing({ side: 'need', ewcCode: '150101', quantity: 120, frequency: 'year' });
    const ranked = rankCounterparts(offer, [far, near, same], ministry, CTX);
    expect(ranked.map((s) => s.need.id)).toEqual([same.id, near.id, far.id]);
    expect(ranked[1]?.distanceKm).toBeGreaterThan(15);
    expect(ranked[1]?.reasons[2]?.vi).toMatch(/^Cách \d+ km \(đường chim bay\), cùng tỉnh$/);
    expect(ranked[2]?.reasons[2]?.vi).toContain('khác tỉnh');
  });
  it('prefers the need whose yearly volume fits the supply', () => {
    const fits = listing({ side: 'need', ewcCode: '150101', quantity: 120, frequency: 'year' });
    const small = listing({ side: 'need', ewcCode: '150101', quantity: 500, unit: 'kg', frequency: 'month' });
    const ranked = rankCounterparts(offer, [small, fits], ministry, CTX);
    expect(ranked.map((s) => s.need.id)).toEqual([fits.id, small.id]);
    expect(ranked[0]?.reasons[1]?.vi).toBe('Cung 120 t/năm, cầu 120 t/năm: đáp ứng 100% nhu cầu');
    expect(ranked[1]?.reasons[1]?.value).toBeCloseTo(6 / 120, 6);
  });
  it('gives no quantity credit across dimensions', () => {
    const pair = scorePair(offer, listing({ side: 'need', ewcCode: '150101', unit: 'm3' }), CTX);
    expect(pair.reasons[1]?.value).toBe(0);
  });
});

describe('hard constraints', () => {
  const acid = listing({ side: 'offer', ewcCode: '060101', hazardous: true });
  it('sends hazardous materials only to receivers that accept them', () => {
    const refuses = listing({ side: 'need', ewcCode: '060101' });
    const accepts = listing({ side: 'need', ewcCode: '060101', acceptsHazardous: true });
    const ranked = rankCounterparts(acid, [refuses, accepts], ministry, CTX);
    expect(ranked.map((s) => s.need.id)).toEqual([accepts.id]);
    expect(ranked[0]?.reasons.find((r) => r.factor === 'hazard')?.vi).toContain('có giấy phép');
    expect(scorePair(acid, refuses, CTX).blocked?.vi).toContain('chưa có giấy phép');
  });
  it('skips closed listings, own listings, other resources and disjoint windows', () => {
    const o = listing({ side: 'offer', ewcCode: '150101', enterpriseId: 'e-x', availableTo: '2026-06-30' });
    const closed = listing({ side: 'need', ewcCode: '150101', status: 'closed' });
    const own = listing({ side: 'need', ewcCode: '150101', enterpriseId: 'e-x' });
    const water = listing({ side: 'need', ewcCode: '150101', resource: 'water' });
    const later = listing({ side: 'need', ewcCode: '150101', availableFrom: '2026-07-01' });
    expect(rankCounterparts(o, [closed, own, water, later], ministry, CTX)).toEqual([]);
  });
});

describe('estimated impact', () => {
  it('counts the smaller yearly volume and its avoided emissions from the factors', () => {
    const pair = scorePair(
      listing({ side: 'offer', ewcCode: '150101', quantity: 10, frequency: 'month' }),
      listing({ side: 'need', ewcCode: '150101', quantity: 200, frequency: 'year' }),
      CTX,
    );
    expect(pair.impact).toEqual({ tonnesDiverted: 120, waterM3: 0, energyMwh: 0, tco2e: 60 });
    const steam = scorePair(
      listing({
        side: 'offer',
        resource: 'energy',
        unit: 'kWh',
        quantity: 1000,
        frequency: 'day',
        title: 'Hơi nóng dư',
      }),
      listing({
        side: 'need',
        resource: 'energy',
        unit: 'MWh',
        quantity: 500,
        frequency: 'year',
        title: 'Cần hơi nóng',
      }),
      CTX,
    );
    expect(steam.impact.energyMwh).toBe(365);
    expect(steam.impact.tco2e).toBeCloseTo(365 * 0.66, 6);
  });
});

describe('confidentiality', () => {
  const secret = listing({
    side: 'offer',
    ewcCode: '150101',
    enterpriseId: 'owner',
    confidentiality: 'partners',
    partnerEnterpriseIds: ['partner'],
  });
  const board = listing({ side: 'offer', ewcCode: '150101', enterpriseId: 'owner', confidentiality: 'board' });
  it('shows Board-only listings to the Board of the province, the ministry and the owner only', () => {
    expect(visibleTo({ kind: 'board', provinceCode: '75' }, board)).toBe(true);
    expect(visibleTo({ kind: 'board', provinceCode: '31' }, board)).toBe(false);
    expect(visibleTo({ kind: 'enterprise', enterpriseId: 'owner' }, board)).toBe(true);
    expect(visibleTo({ kind: 'enterprise', enterpriseId: 'other' }, board)).toBe(false);
    expect(visibleTo(ministry, board)).toBe(true);
  });
  it('shows named-partner listings to the partners', () => {
    expect(visibleTo({ kind: 'enterprise', enterpriseId: 'partner' }, secret)).toBe(true);
    expect(visibleTo({ kind: 'enterprise', enterpriseId: 'other' }, secret)).toBe(false);
  });
});

// ——— Properties ———

const arbListing = (side: 'offer' | 'need') =>
  fc
    .record({
      enterpriseId: fc.constantFrom('e1', 'e2', 'e3', 'e4'),
      parkId: fc.constantFrom('park-a', 'park-b', 'park-c', 'park-x'),
      resource: fc.constantFrom('material', 'material', 'energy', 'water'),
      ewcCode: fc.option(fc.constantFrom('100101', '100102', '100201', '150101', '060101', '101314'), { nil: null }),
      nationalCode: fc.option(fc.constantFrom('16 01 06', '07 01 01'), { nil: null }),
      title: fc.constantFrom('Xỉ than', 'Bùn thải', 'Nước làm mát', 'Hơi nóng dư', 'Giấy vụn'),
      description: fc.constantFrom('', 'xỉ than đáy lò', 'giấy vụn bìa carton'),
      hazardous: fc.boolean(),
      acceptsHazardous: fc.boolean(),
      quantity: fc.double({ min: 0.001, max: 1e6, noNaN: true }),
      unit: fc.constantFrom('t', 'kg', 'm3', 'MWh', 'kWh'),
      frequency: fc.constantFrom('once', 'day', 'week', 'month', 'year'),
      availableFrom: fc.constantFrom('2025-01-01', '2026-01-01', '2026-07-01'),
      availableTo: fc.constantFrom(null, '2026-06-30', '2027-12-31'),
      confidentiality: fc.constantFrom('public', 'board', 'partners'),
      partnerEnterpriseIds: fc.subarray(['e1', 'e2', 'e3', 'e4']),
    })
    .map((r) => {
      const provinceCode = r.parkId === 'park-c' ? '31' : r.parkId === 'park-x' ? null : '75';
      return listing({ side, ...r, provinceCode } as Partial<MatchListing> & { side: typeof side });
    });
const arbViewer: fc.Arbitrary<Viewer> = fc.oneof(
  fc.constant<Viewer>({ kind: 'ministry' }),
  fc.constantFrom('75', '31').map((provinceCode): Viewer => ({ kind: 'board', provinceCode })),
  fc.constantFrom('e1', 'e2', 'e3', 'e4').map((enterpriseId): Viewer => ({ kind: 'enterprise', enterpriseId })),
);

describe('properties', () => {
  it('every score lies in [0, 1] and equals the weighted reasons', () => {
    fc.assert(
      fc.property(arbListing('offer'), arbListing('need'), (o, n) => {
        const p = scorePair(o, n, CTX);
        expect(p.score).toBeGreaterThanOrEqual(0);
        expect(p.score).toBeLessThanOrEqual(1);
        const sum = p.reasons.reduce((s, r) => s + r.value * r.weight, 0);
        expect(Math.abs(p.score - sum)).toBeLessThan(1e-4);
        for (const r of p.reasons) expect(r.value >= 0 && r.value <= 1).toBe(true);
      }),
    );
  });

  it('the offer side and the need side see the same pair with the same score and reasons', () => {
    fc.assert(
      fc.property(arbListing('offer'), arbListing('need'), (o, n) => {
        const fromOffer = rankCounterparts(o, [n], ministry, CTX);
        const fromNeed = rankCounterparts(n, [o], ministry, CTX);
        expect(fromOffer.length).toBe(fromNeed.length);
        if (fromOffer[0] && fromNeed[0]) {
          expect(fromOffer[0].score).toBe(fromNeed[0].score);
          expect(fromOffer[0].reasons).toEqual(fromNeed[0].reasons);
        }
      }),
    );
  });

  it('a listing the viewer may not see never appears, on either side of a suggestion', () => {
    fc.assert(
      fc.property(
        arbListing('need'),
        fc.array(arbListing('offer'), { maxLength: 8 }),
        arbViewer,
        (need, offers, viewer) => {
          for (const s of rankCounterparts(need, offers, viewer, CTX)) {
            expect(visibleTo(viewer, s.offer)).toBe(true);
            expect(visibleTo(viewer, s.need)).toBe(true);
            if (viewer.kind === 'enterprise' && s.offer.confidentiality === 'partners')
              expect(
                s.offer.enterpriseId === viewer.enterpriseId ||
                  s.offer.partnerEnterpriseIds.includes(viewer.enterpriseId),
              ).toBe(true);
          }
        },
      ),
    );
  });

  it('hazardous offers only ever go to needs that accept them', () => {
    fc.assert(
      fc.property(arbListing('offer'), fc.array(arbListing('need'), { maxLength: 8 }), (offer, needs) => {
        for (const s of rankCounterparts(offer, needs, ministry, CTX))
          if (s.offer.hazardous) expect(s.need.acceptsHazardous).toBe(true);
      }),
    );
  });

  it('the ranking is sorted by score', () => {
    fc.assert(
      fc.property(arbListing('offer'), fc.array(arbListing('need'), { maxLength: 10 }), (offer, needs) => {
        const scores = rankCounterparts(offer, needs, ministry, CTX).map((s) => s.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }),
    );
  });

  it('distance is symmetric and zero for the same point', () => {
    const pt = fc.record({
      lon: fc.double({ min: 102, max: 110, noNaN: true }),
      lat: fc.double({ min: 8, max: 23, noNaN: true }),
    });
    fc.assert(
      fc.property(pt, pt, (a, b) => {
        expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9);
        expect(haversineKm(a, a)).toBe(0);
      }),
    );
  });
});
