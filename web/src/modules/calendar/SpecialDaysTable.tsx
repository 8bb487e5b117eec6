import { Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { CalendarDay } from '../../../../src/modules/calendar/contract';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { categoryLabel, DAY_COLORS, dayKind, weekdayOf } from './dayKinds';

/** The days of the year that differ from an ordinary week, with their names and legal basis. */
export function SpecialDaysTable({ days }: { days: CalendarDay[] }) {
  const { lang, t } = useLocale();
  const weekdays = t('calendar.weekdaysLong').split(',');

  const columns: TableColumnsType<CalendarDay> = [
    { title: t('calendar.date'), dataIndex: 'date', width: 110, render: (d: string) => formatDate(d) },
    { title: t('calendar.weekday'), key: 'weekday', width: 100, render: (_, d) => weekdays[weekdayOf(d.date)] },
    {
      title: t('calendar.name'),
      key: 'name',
      width: 280,
      render: (_, d) => {
        const colors = DAY_COLORS[dayKind(d, weekdayOf(d.date))];
        return (
          <Flex vertical gap={4} align="flex-start">
            <Typography.Text strong>{lang === 'vi' ? d.nameVi : d.nameEn}</Typography.Text>
            <Tag style={{ background: colors.background, color: colors.color, borderColor: 'transparent' }}>
              {categoryLabel(d.category, t)}
            </Tag>
          </Flex>
        );
      },
    },
    {
      title: t('calendar.status'),
      key: 'status',
      width: 150,
      render: (_, d) => (
        <Flex vertical gap={4} align="flex-start">
          <span>{t(d.status === 'off' ? 'calendar.status.off' : 'calendar.status.work')}</span>
          {d.confirmed ? (
            <Tag color="green">{t('calendar.dayConfirmed')}</Tag>
          ) : (
            <Tag color="orange">{t('calendar.dayUnconfirmed')}</Tag>
          )}
        </Flex>
      ),
    },
    {
      title: t('calendar.basis'),
      dataIndex: 'legalBasis',
      render: (basis: string, d) => (
        <Flex vertical gap={2}>
          <span>{basis}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(d.source === 'decision' ? 'calendar.source.decision' : 'calendar.source.generated')}
          </Typography.Text>
        </Flex>
      ),
    },
  ];

  return (
    <Table<CalendarDay>
      rowKey="date"
      size="small"
      columns={columns}
      dataSource={days}
      pagination={false}
      scroll={{ x: 1000 }}
      data-testid="special-days"
    />
  );
}
