import { Card, Tooltip } from 'antd';
import type { CalendarDay } from '../../../../src/modules/calendar/contract';
import { useLocale } from '../../app/locale';
import { categoryLabel, DAY_COLORS, dayKind, daysInMonth, isoDate, weekdayOf } from './dayKinds';

interface Props {
  year: number;
  month: number; // 0–11
  special: Map<string, CalendarDay>;
  today: string;
}

const cell = { width: '14.28%', textAlign: 'center', padding: 2 } as const;

/** One month, weeks starting on Monday; special days coloured and explained on hover. */
export function MonthGrid({ year, month, special, today }: Props) {
  const { lang, t } = useLocale();
  const weekdays = t('calendar.weekdays').split(',');
  const first = weekdayOf(isoDate(year, month, 1));
  const count = daysInMonth(year, month);
  const blank = (n: number) => ({ key: `blank-${n}`, day: null });
  const cells: { key: string; day: number | null }[] = [
    ...Array.from({ length: first }, (_, i) => blank(i)),
    ...Array.from({ length: count }, (_, i) => ({ key: isoDate(year, month, i + 1), day: i + 1 })),
  ];
  while (cells.length % 7 !== 0) cells.push(blank(cells.length));
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));

  return (
    <Card size="small" title={t('calendar.months').split(',')[month]} data-testid={`month-${month + 1}`}>
      <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 13 }}>
        <thead>
          <tr>
            {weekdays.map((w, i) => (
              <th key={w} style={{ ...cell, fontWeight: 500, color: i >= 5 ? '#8c8c8c' : undefined }}>
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.key}>
              {week.map(({ key, day: d }, i) => {
                if (d === null) return <td key={key} style={cell} />;
                const date = key;
                const day = special.get(date);
                const kind = dayKind(day, i);
                const content = (
                  <div
                    data-date={date}
                    data-kind={kind}
                    style={{
                      ...DAY_COLORS[kind],
                      borderRadius: 4,
                      lineHeight: '24px',
                      outline: date === today ? '2px solid #0b5394' : undefined,
                      cursor: day ? 'help' : undefined,
                      fontWeight: day ? 600 : undefined,
                    }}
                  >
                    {d}
                  </div>
                );
                return (
                  <td key={date} style={cell}>
                    {day ? (
                      <Tooltip
                        title={
                          <div>
                            <div style={{ fontWeight: 600 }}>{lang === 'vi' ? day.nameVi : day.nameEn}</div>
                            <div>{categoryLabel(day.category, t)}</div>
                            <div style={{ fontSize: 12, opacity: 0.85 }}>{day.legalBasis}</div>
                          </div>
                        }
                      >
                        {content}
                      </Tooltip>
                    ) : (
                      content
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
