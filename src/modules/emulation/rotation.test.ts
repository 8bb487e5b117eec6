import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conferenceHost, rotate, rotationPlan } from './rotation';

const ORDER = ['bac-ninh', 'ha-nam', 'hai-phong', 'ha-noi', 'hung-yen'];

describe('rotate', () => {
  it('moves the deputy up and gives the deputy seat to the next member in turn', () => {
    expect(rotate({ order: ORDER, previous: { leader: 'bac-ninh', deputy: 'ha-nam' } })).toEqual({
      leader: 'ha-nam',
      deputy: 'hai-phong',
    });
  });

  it('wraps around the end of the order', () => {
    expect(rotate({ order: ORDER, previous: { leader: 'ha-noi', deputy: 'hung-yen' } })).toEqual({
      leader: 'hung-yen',
      deputy: 'bac-ninh',
    });
  });

  it('without a deputy, passes the lead to the member after the outgoing leader', () => {
    expect(rotate({ order: ORDER, previous: { leader: 'ha-nam', deputy: null } })).toEqual({
      leader: 'hai-phong',
      deputy: 'ha-noi',
    });
  });

  it('starts from the first member when the block has no roles yet', () => {
    expect(rotate({ order: ORDER, previous: { leader: null, deputy: null } })).toEqual({
      leader: 'bac-ninh',
      deputy: 'ha-nam',
    });
  });

  it('follows a merged deputy to the Board that took it over (the 2025 merger)', () => {
    const order = ['ha-noi', 'hai-phong-moi', 'ninh-binh-moi'];
    const successorOf = (u: string) => ({ 'ha-nam': 'ninh-binh-moi', 'hai-duong': 'hai-phong-moi' })[u] ?? null;
    expect(rotate({ order, previous: { leader: 'hai-duong', deputy: 'ha-nam' }, successorOf })).toEqual({
      leader: 'ninh-binh-moi',
      deputy: 'ha-noi',
    });
  });

  it('skips a deputy who left the block without a successor', () => {
    expect(rotate({ order: ORDER, previous: { leader: 'bac-ninh', deputy: 'gone' } })).toEqual({
      leader: 'ha-nam',
      deputy: 'hai-phong',
    });
  });

  it('has no deputy in a block of one and nobody in an empty block', () => {
    expect(rotate({ order: ['a'], previous: { leader: 'a', deputy: null } })).toEqual({ leader: 'a', deputy: null });
    expect(rotate({ order: [], previous: { leader: 'a', deputy: 'b' } })).toEqual({ leader: null, deputy: null });
  });

  it('swaps the two members of a block of two', () => {
    expect(rotate({ order: ['a', 'b'], previous: { leader: 'a', deputy: 'b' } })).toEqual({ leader: 'b', deputy: 'a' });
  });
});

describe('rotation properties', () => {
  const members = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 15 });

  it('always names a member as leader and a different member (or nobody in a block of one) as deputy', () => {
    fc.assert(
      fc.property(members, fc.option(fc.string()), fc.option(fc.string()), (order, leader, deputy) => {
        const next = rotate({ order, previous: { leader, deputy } });
        expect(order).toContain(next.leader);
        if (order.length === 1) expect(next.deputy).toBeNull();
        else {
          expect(order).toContain(next.deputy);
          expect(next.deputy).not.toBe(next.leader);
        }
      }),
    );
  });

  it('hands the lead to the deputy whenever the deputy is still a member', () => {
    fc.assert(
      fc.property(members, fc.nat(), fc.nat(), (order, i, j) => {
        fc.pre(order.length >= 2);
        const leader = order[i % order.length]!;
        const deputy = order[j % order.length]!;
        fc.pre(leader !== deputy);
        expect(rotate({ order, previous: { leader, deputy } }).leader).toBe(deputy);
      }),
    );
  });

  it('lets every member lead exactly once in as many years as there are members', () => {
    fc.assert(
      fc.property(members, (order) => {
        fc.pre(order.length >= 2);
        const plan = rotationPlan(order, { leader: order[0]!, deputy: order[1]! }, order.length);
        expect(new Set(plan.map((r) => r.leader)).size).toBe(order.length);
        // Next year's leader is always this year's deputy: the incoming leader was named a year ahead.
        for (let k = 1; k < plan.length; k++) expect(plan[k]!.leader).toBe(plan[k - 1]!.deputy);
      }),
    );
  });

  it('never changes the years already planned when more years are added (history is kept)', () => {
    fc.assert(
      fc.property(members, fc.integer({ min: 1, max: 10 }), (order, years) => {
        const start = { leader: order[0]!, deputy: order[1] ?? null };
        expect(rotationPlan(order, start, years + 3).slice(0, years)).toEqual(rotationPlan(order, start, years));
      }),
    );
  });
});

describe('conferenceHost', () => {
  it("is the year's outgoing leader unless the block chose a host", () => {
    expect(conferenceHost({ leader: 'hai-phong', deputy: 'ha-nam' })).toBe('hai-phong');
    expect(conferenceHost({ leader: 'hai-phong', deputy: 'ha-nam' }, 'ha-noi')).toBe('ha-noi');
  });
});
