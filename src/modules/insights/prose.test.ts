import { describe, expect, it } from 'vitest';
import type { BriefingFigure } from './contract';
import { FIGURE_DEFINITIONS } from './figure-definitions';
import { briefingParagraphs, figureText, viDecimal } from './prose';

const figures = (values: Partial<Record<string, [string | null, string | null]>>): BriefingFigure[] =>
  FIGURE_DEFINITIONS.map((d) => ({
    key: d.key,
    section: d.section,
    label: d.label,
    unit: d.unit,
    value: values[d.key]?.[0] ?? '0',
    national: null,
    share: values[d.key]?.[1] ?? null,
    drill: d.drill,
  }));

describe('briefing prose', () => {
  it('writes numbers the Vietnamese way', () => {
    expect(viDecimal('23105905.43', 2)).toBe('23.105.905,43');
    expect(viDecimal('1050', 2)).toBe('1.050,00');
    expect(viDecimal('-5.5', 1)).toBe('-5,5');
    expect(viDecimal('999', 0)).toBe('999');
  });

  it('says when a figure cannot be computed instead of printing 0', () => {
    const [f] = figures({ 'parks.occupancy': [null, null] }).filter((x) => x.key === 'parks.occupancy');
    expect(figureText({ ...f!, value: null })).toBe('chưa có số liệu');
  });

  it('follows the article: places with shares, then the period, the cumulative position and production', () => {
    const p = briefingParagraphs({
      setName: '30 tỉnh, thành phía Bắc',
      isCountry: false,
      periodLabel: 'Năm 2022',
      figures: figures({
        'parks.plan.count': ['140', null],
        'parks.operating.count': ['98', '33.2'],
        'valid.FDI.capital': ['23105.43', '41.7'],
      }),
    });
    expect(p[0]).toMatch(/^Tính đến hết năm 2022, trên địa bàn 30 tỉnh, thành phía Bắc có 140 KCN nằm trong quy hoạch/);
    expect(p[0]).toContain('98 KCN đã đi vào hoạt động');
    expect(p[0]).toContain('chiếm 33,2% cả nước về số KCN đang hoạt động');
    expect(p[2]).toContain('23.105,43 triệu USD, chiếm 41,7% cả nước');
  });

  it('the country has no shares', () => {
    const p = briefingParagraphs({
      setName: 'Cả nước',
      isCountry: true,
      periodLabel: 'Quý III/2025',
      figures: figures({}),
    });
    expect(p.join(' ')).not.toContain('chiếm');
    expect(p.join(' ')).not.toContain('về số KCN');
    expect(p[0]).toContain('Tính đến hết quý III/2025, trên cả nước');
  });
});
