import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../kernel/calendar/local-time';
import { type Decision, issuesToFieldErrors } from './checks';
import {
  availableActions,
  establishedAreaAsOf,
  foldParkEvents,
  type ParkEvent,
  parkStatusAsOf,
  validateParkEvents,
} from './park-lifecycle';
import { FORM_2107_GROUP, PARK_INITIAL_EVENTS, PARK_RULES, PARK_STATUSES, PARK_TRANSITIONS } from './park-rules';

const qd = (number: string, date: string): Decision => ({ number, date });

/** Planned 2015, established 2017, operating 2019, area increased 2023. */
const history: ParkEvent[] = [
  { kind: 'planned', date: '2015-03-10', approved: true, decision: qd('123/QĐ-TTg', '2015-03-10') },
  {
    kind: 'established',
    date: '2017-06-01',
    act: 'investment_policy_with_investor',
    decision: qd('456/QĐ-UBND', '2017-05-30'),
    area: '300',
  },
  { kind: 'operating', date: '2019-09-15' },
  {
    kind: 'area_increased',
    date: '2023-04-20',
    decision: qd('789/QĐ-UBND', '2023-04-20'),
    areaBefore: '300',
    areaAfter: '450.5',
  },
];

const codes = (events: ParkEvent[]) => validateParkEvents(events).map((i) => [i.index, i.code]);

describe('park status as of a date (worked example)', () => {
  it('follows the history between the events', () => {
    expect(validateParkEvents(history)).toEqual([]);
    expect(parkStatusAsOf(history, '2015-03-09')).toBeNull();
    expect(parkStatusAsOf(history, '2015-03-10')).toEqual({
      status: 'planned',
      since: '2015-03-10',
      decision: qd('123/QĐ-TTg', '2015-03-10'),
      eventIndex: 0,
    });
    expect(parkStatusAsOf(history, '2016-12-31')?.status).toBe('planned');
    expect(parkStatusAsOf(history, '2017-06-01')).toMatchObject({
      status: 'established',
      since: '2017-06-01',
      decision: { number: '456/QĐ-UBND' },
    });
    expect(parkStatusAsOf(history, '2018-12-31')?.status).toBe('established');
    expect(parkStatusAsOf(history, '2020-01-01')).toEqual({
      status: 'operating',
      since: '2019-09-15',
      decision: null,
      eventIndex: 2,
    });
    // An area change keeps the status and the date it was entered.
    expect(parkStatusAsOf(history, '2024-01-01')).toMatchObject({ status: 'operating', since: '2019-09-15' });
  });

  it('keeps the running established area', () => {
    expect(establishedAreaAsOf(history, '2016-01-01')).toBeNull();
    expect(establishedAreaAsOf(history, '2018-01-01')).toBe('300');
    expect(establishedAreaAsOf(history, '2023-04-19')).toBe('300');
    expect(establishedAreaAsOf(history, '2024-01-01')).toBe('450.5');
    const revoked: ParkEvent[] = [
      ...history,
      { kind: 'revoked', date: '2025-01-01', decision: qd('1/QĐ', '2025-01-01') },
    ];
    expect(establishedAreaAsOf(revoked, '2025-01-01')).toBe('0');
  });

  it('offers the actions the transition table allows', () => {
    expect(availableActions([])).toEqual(PARK_INITIAL_EVENTS);
    expect(availableActions(history)).toEqual(PARK_TRANSITIONS.operating);
    expect(availableActions(history, '2018-01-01')).toEqual(PARK_TRANSITIONS.established);
    expect(availableActions(history, '2014-01-01')).toEqual(PARK_INITIAL_EVENTS);
  });

  it('reads a draft-plan listing as planned_unapproved until the plan is approved', () => {
    const draft: ParkEvent[] = [
      { kind: 'planned', date: '2020-01-01', approved: false },
      { kind: 'planned', date: '2021-06-01', approved: true, decision: qd('10/QĐ-TTg', '2021-06-01') },
      { kind: 'planned', date: '2024-01-01', approved: false },
    ];
    expect(validateParkEvents(draft)).toEqual([]);
    expect(parkStatusAsOf(draft, '2020-12-31')?.status).toBe('planned_unapproved');
    expect(parkStatusAsOf(draft, '2022-01-01')).toMatchObject({ status: 'planned', since: '2021-06-01' });
    // A later draft listing does not take the park out of the approved plan.
    expect(parkStatusAsOf(draft, '2025-01-01')).toMatchObject({ status: 'planned', since: '2021-06-01' });
  });

  it('maps statuses to the groups of Biểu 2107', () => {
    expect(PARK_STATUSES.filter((s) => FORM_2107_GROUP[s] === 'I')).toEqual([
      'established',
      'under_construction',
      'operating',
    ]);
    expect(FORM_2107_GROUP.planned).toBe('II');
  });
});

describe('validation of a park history', () => {
  const established = history[1]!;
  const est = (over: Partial<Extract<ParkEvent, { kind: 'established' }>>): ParkEvent =>
    ({ ...established, ...over }) as ParkEvent;

  it('reports impossible and out-of-order dates', () => {
    expect(codes([{ ...history[0]!, date: '2015-02-30' } as ParkEvent])).toContainEqual([0, 'date_invalid']);
    expect(codes([history[0]!, history[2]!, history[1]!])).toContainEqual([2, 'date_order']);
  });

  it('requires grounding decisions, signed no later than the event', () => {
    expect(codes([{ kind: 'planned', date: '2015-01-01', approved: true }])).toEqual([[0, 'decision_missing']]);
    expect(codes([est({ decision: qd(' ', '2017-01-01') })])).toEqual([[0, 'decision_missing']]);
    expect(codes([est({ decision: qd('1/QĐ', '2017-13-01') })])).toEqual([[0, 'date_invalid']]);
    expect(codes([est({ decision: qd('1/QĐ', '2017-06-02') })])).toEqual([[0, 'decision_after_event']]);
  });

  it('requires a positive decimal established area', () => {
    expect(codes([est({ area: '12,5' })])).toEqual([[0, 'value_invalid']]);
    expect(codes([est({ area: '0' })])).toEqual([[0, 'value_out_of_range']]);
    expect(codes([est({ area: '-3' })])).toEqual([[0, 'value_out_of_range']]);
  });

  it('refuses steps the transition table does not allow', () => {
    expect(codes([{ kind: 'operating', date: '2019-01-01' }])).toEqual([[0, 'transition_not_allowed']]);
    expect(codes([{ kind: 'planned', date: '2015-01-01', approved: false }, est({})])).toEqual([
      [1, 'transition_not_allowed'],
    ]);
    const convertEarly: ParkEvent = {
      kind: 'converted_to_urban_service',
      date: '2040-01-01',
      decision: qd('9/QĐ', '2040-01-01'),
    };
    expect(codes([est({}), convertEarly])).toEqual([[1, 'transition_not_allowed']]);
  });

  it('accepts nothing after revocation or conversion', () => {
    const revoked: ParkEvent = { kind: 'revoked', date: '2020-01-01', decision: qd('5/QĐ', '2020-01-01') };
    expect(codes([...history.slice(0, 3), revoked, { kind: 'operating', date: '2020-02-01' }])).toEqual([
      [4, 'after_terminal'],
    ]);
    expect(codes([history[0]!, revoked, revoked])).toEqual([[2, 'after_terminal']]);
  });

  it('checks the establishing act against the rule in force (Decree 35/2022 Art. 6(6))', () => {
    expect(codes([est({ act: 'establishment_decision' })])).toEqual([]);
    const after = est({ act: 'establishment_decision', date: '2022-07-15', decision: qd('7/QĐ-UBND', '2022-07-15') });
    expect(codes([after])).toEqual([[0, 'establishment_act_not_recognised']]);
    expect(validateParkEvents([after])[0]?.message).toContain('khoản 6 Điều 6');
    expect(codes([est({ act: 'irc', date: '2022-07-15', decision: qd('7', '2022-07-15') })])).toEqual([]);
  });

  it('keeps area changes consistent with the running area', () => {
    const change = (kind: 'area_increased' | 'area_decreased', areaBefore: string, areaAfter: string): ParkEvent => ({
      kind,
      date: '2024-01-01',
      decision: qd('8/QĐ', '2024-01-01'),
      areaBefore,
      areaAfter,
    });
    expect(codes([...history, change('area_decreased', '450.5', '400')])).toEqual([]);
    expect(codes([...history, change('area_decreased', '300', '250')])).toEqual([[4, 'area_before_mismatch']]);
    expect(codes([...history, change('area_increased', '450.5', '400')])).toEqual([[4, 'area_direction']]);
    expect(codes([...history, change('area_decreased', '450.5', '450.5')])).toEqual([[4, 'area_direction']]);
    // Down to nothing is a revocation of the whole area, recorded as such.
    expect(codes([...history, change('area_decreased', '450.5', '0')])).toEqual([[4, 'value_out_of_range']]);
    // The running area follows the stated "after", so one bad step is reported once.
    const twoSteps = [...history, change('area_increased', '450.5', '500'), change('area_increased', '500', '520')];
    expect(codes(twoSteps)).toEqual([]);
  });

  it('converts only after 15 years from establishment or half the term (Decree 35/2022 ch. IV)', () => {
    const convert = (date: string, termYears?: number): ParkEvent => ({
      kind: 'converted_to_urban_service',
      date,
      decision: qd('11/QĐ', date),
      ...(termYears ? { termYears } : {}),
    });
    expect(codes([...history, convert('2030-01-01')])).toEqual([[4, 'conversion_too_early']]);
    expect(codes([...history, convert('2032-06-01')])).toEqual([]);
    expect(codes([...history, convert('2028-01-01', 20)])).toEqual([]);
    expect(codes([...history, convert('2027-05-31', 20)])).toEqual([[4, 'conversion_too_early']]);
    const leap: ParkEvent[] = [{ ...history[1]!, date: '2008-02-29', decision: qd('456', '2008-02-29') }, history[2]!];
    expect(codes([...leap, convert('2023-02-27')])).toEqual([[2, 'conversion_too_early']]);
    expect(validateParkEvents([...leap, convert('2023-02-27')])[0]?.messageEn).toContain('from 2023-02-28');
    expect(codes([...leap, convert('2023-02-28')])).toEqual([]);
    // The rule is data: a successor with another threshold needs no code change.
    const rules = {
      ...PARK_RULES,
      conversion: [{ ...PARK_RULES.conversion[0]!, minYearsSinceEstablished: 10 }],
    };
    expect(validateParkEvents([...history, convert('2028-01-01')], rules)).toEqual([]);
  });

  it('writes every message in Vietnamese and English and maps them to fields', () => {
    const bad: ParkEvent[] = [
      { kind: 'operating', date: '2019-01-01' },
      { ...history[1]!, decision: qd('', '2017-01-01'), area: 'x' } as ParkEvent,
    ];
    const issues = validateParkEvents(bad);
    expect(issues.length).toBeGreaterThanOrEqual(3);
    for (const i of issues) {
      expect(i.message).not.toBe('');
      expect(i.messageEn).not.toBe('');
      expect(i.message).not.toBe(i.messageEn);
    }
    const fields = issuesToFieldErrors(issues, 'body.events');
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining(['body.events.0.kind', 'body.events.1.decision', 'body.events.1.area']),
    );
  });
});

/** A random valid history: each step takes an action the table offers on the state reached. */
const step = fc.record({
  pick: fc.nat(),
  gap: fc.integer({ min: 0, max: 900 }),
  size: fc.integer({ min: 1, max: 50_000 }),
  approved: fc.boolean(),
  act: fc.constantFrom('public_investment_policy', 'investment_policy_with_investor', 'investor_approval', 'irc'),
});
const hectares = (hundredths: number) => `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function buildHistory(steps: Step[]): ParkEvent[] {
  const events: ParkEvent[] = [];
  let day = toDayNumber('2000-01-01');
  let area = 0;
  let establishedDay = day;
  for (const [i, s] of steps.entries()) {
    const allowed = availableActions(events);
    if (allowed.length === 0) break;
    let kind = allowed[s.pick % allowed.length]!;
    if (kind === 'area_decreased' && area <= 1) kind = 'area_increased';
    day += s.gap;
    if (kind === 'converted_to_urban_service') day = Math.max(day, establishedDay + 15 * 366);
    const date = fromDayNumber(day);
    const decision = qd(`${i + 1}/QĐ`, date);
    switch (kind) {
      case 'planned':
        events.push({ kind, date, approved: s.approved, ...(s.approved ? { decision } : {}) });
        break;
      case 'established':
        area = s.size;
        establishedDay = day;
        events.push({ kind, date, act: s.act, decision, area: hectares(area) });
        break;
      case 'area_increased':
      case 'area_decreased': {
        const after = kind === 'area_increased' ? area + s.size : Math.max(1, area - s.size);
        events.push({ kind, date, decision, areaBefore: hectares(area), areaAfter: hectares(after) });
        area = after;
        break;
      }
      case 'construction_started':
      case 'operating':
        events.push({ kind, date });
        break;
      case 'revoked':
      case 'converted_to_urban_service':
        events.push({ kind, date, decision });
        break;
    }
  }
  return events;
}
const historyArb = fc.array(step, { maxLength: 12 }).map(buildHistory);

describe('lifecycle properties', () => {
  it('the generator reaches every status, so the properties below cover them all', () => {
    const reached = new Set(
      fc
        .sample(historyArb, 500)
        .flatMap((events) => events.map((_, k) => foldParkEvents(events.slice(0, k + 1))!.status)),
    );
    expect([...reached].sort()).toEqual([...PARK_STATUSES].sort());
  });

  it('histories built from the transition table validate clean', () => {
    fc.assert(
      fc.property(historyArb, (events) => {
        expect(validateParkEvents(events)).toEqual([]);
      }),
    );
  });

  it('the status as of the last event date is the fold of all events', () => {
    fc.assert(
      fc.property(historyArb, (events) => {
        const last = events.at(-1);
        if (!last) return;
        expect(parkStatusAsOf(events, last.date)).toEqual(foldParkEvents(events));
      }),
    );
  });

  it('as-of is monotone in the prefix: later events never change an earlier reading', () => {
    fc.assert(
      fc.property(historyArb, (events) => {
        for (let k = 0; k < events.length; k++) {
          const before = fromDayNumber(toDayNumber(events[k]!.date) - 1);
          expect(parkStatusAsOf(events.slice(0, k), before)).toEqual(parkStatusAsOf(events, before));
          expect(establishedAreaAsOf(events.slice(0, k), before)).toEqual(establishedAreaAsOf(events, before));
        }
      }),
    );
  });

  it('a status reached is never left for an earlier one in the table order', () => {
    fc.assert(
      fc.property(historyArb, (events) => {
        const ranks = events.map((e) => PARK_STATUSES.indexOf(parkStatusAsOf(events, e.date)!.status));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
    );
  });

  it('anything recorded after a final status is reported', () => {
    fc.assert(
      fc.property(historyArb, (events) => {
        const state = foldParkEvents(events);
        if (state?.status !== 'revoked' && state?.status !== 'converted') return;
        const extra: ParkEvent = { kind: 'operating', date: '2099-01-01' };
        expect(codes([...events, extra])).toEqual([[events.length, 'after_terminal']]);
      }),
    );
  });

  it('moving a later event in front of an earlier one is reported as out of order', () => {
    fc.assert(
      fc.property(historyArb, fc.nat(), (events, at) => {
        const i = events.findIndex((e, j) => j > 0 && e.date > events[j - 1]!.date && j >= at % events.length);
        if (i <= 0) return;
        const swapped = [...events];
        [swapped[i - 1], swapped[i]] = [swapped[i]!, swapped[i - 1]!];
        expect(validateParkEvents(swapped).some((x) => x.code === 'date_order' && x.index === i)).toBe(true);
      }),
    );
  });
});
