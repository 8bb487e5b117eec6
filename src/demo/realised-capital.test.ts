import { describe, expect, it } from 'vitest';
import { certificateStateAsOf } from '../modules/investment/certificate-events';
import { generateDemoCountry } from './country/index';
import { realisedByYear } from './realised-capital';

const TODAY = '2026-11-26';
const country = generateDemoCountry({ seed: 11, scale: 0.03, today: TODAY });
const projects = [...country.projects];

describe('demo realised capital', () => {
  it('disburses by closed year while the certificate is in force, in its currency, never above 95 % of the registered capital', () => {
    let withFigures = 0;
    for (const p of projects) {
      const years = realisedByYear(p, TODAY);
      if (years.length) withFigures++;
      const issuedYear = Number(p.events[0]!.date.slice(0, 4));
      const end = p.events.find((e) => e.kind === 'revoked' || e.kind === 'terminated');
      let total = 0;
      for (const y of years) {
        const year = Number(y.period);
        expect(year).toBeGreaterThan(issuedYear);
        expect(year).toBeLessThan(2026);
        if (end) expect(year).toBeLessThan(Number(end.date.slice(0, 4)));
        expect(y.currency).toBe(p.currency);
        expect(Number(y.amount)).toBeGreaterThan(0);
        total += Number(y.amount);
        const registered = Number(certificateStateAsOf(p.events, `${year}-12-31`).registeredCapital!.value);
        expect(total).toBeLessThanOrEqual(registered * 0.95 + 1);
      }
    }
    // Most projects issued before this year have some disbursement on record.
    expect(withFigures / projects.length).toBeGreaterThan(0.6);
  });
});
