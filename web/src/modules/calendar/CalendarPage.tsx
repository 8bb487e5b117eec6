import { CheckCircleOutlined, LeftOutlined, RightOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Select, Space, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { CalendarDay } from '../../../../src/modules/calendar/contract';
import { formatNumber, todayInVietnam } from '../../app/format';
import type { MessageKey } from '../../app/i18n';
import { useLocale } from '../../app/locale';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { DAY_COLORS, type DayKind } from './dayKinds';
import { MonthGrid } from './MonthGrid';
import { useCalendarYear } from './queries';
import { SpecialDaysTable } from './SpecialDaysTable';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
const MONTHS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const LEGEND: [DayKind, MessageKey][] = [
  ['holiday', 'calendar.legend.holiday'],
  ['moved', 'calendar.legend.moved'],
  ['work', 'calendar.legend.work'],
  ['weekend', 'calendar.legend.weekend'],
];

/** "Lịch làm việc": the working calendar of a year (`?nam=2026`), as the legal clocks count it. */
export function CalendarPage() {
  const { t } = useLocale();
  const [params, setParams] = useSearchParams();
  const today = todayInVietnam();
  const thisYear = Number(today.slice(0, 4));
  const asked = Number(params.get('nam'));
  const year = Number.isInteger(asked) && asked >= MIN_YEAR && asked <= MAX_YEAR ? asked : thisYear;
  const setYear = (y: number) => setParams({ nam: String(y) }, { replace: true });
  const calendar = useCalendarYear(year);

  const special = useMemo(
    () => new Map<string, CalendarDay>((calendar.data?.days ?? []).map((d) => [d.date, d])),
    [calendar.data],
  );
  const days = calendar.data?.days ?? [];
  const offCount = days.filter((d) => d.status === 'off').length;
  const workCount = days.filter((d) => d.status === 'work').length;
  const years = Array.from({ length: 11 }, (_, i) => thisYear - 6 + i).filter((y) => y >= MIN_YEAR && y <= MAX_YEAR);

  return (
    <Flex vertical gap={16} data-testid="calendar-page">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('calendar.title')}
        </Typography.Title>
        <Space>
          <Button
            icon={<LeftOutlined />}
            aria-label={t('calendar.prev')}
            disabled={year <= MIN_YEAR}
            onClick={() => setYear(year - 1)}
          />
          <Select<number>
            value={year}
            onChange={setYear}
            options={(years.includes(year) ? years : [...years, year].sort()).map((y) => ({ value: y, label: y }))}
            aria-label={t('calendar.year')}
            style={{ width: 100 }}
            data-testid="year-select"
          />
          <Button
            icon={<RightOutlined />}
            aria-label={t('calendar.next')}
            disabled={year >= MAX_YEAR}
            onClick={() => setYear(year + 1)}
          />
          {year !== thisYear && <Button onClick={() => setYear(thisYear)}>{t('calendar.thisYear')}</Button>}
        </Space>
      </Flex>

      {calendar.isError && <LoadError error={calendar.error} onRetry={() => calendar.refetch()} />}
      {calendar.isPending && <PageLoading />}
      {calendar.data && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={8}>
              <Card>
                <Statistic
                  title={t('calendar.workingDays')}
                  value={formatNumber(calendar.data.workingDays)}
                  data-testid="working-days"
                />
              </Card>
            </Col>
            <Col xs={12} md={8}>
              <Card>
                <Statistic title={t('calendar.daysOff')} value={formatNumber(offCount)} />
              </Card>
            </Col>
            <Col xs={12} md={8}>
              <Card>
                <Statistic title={t('calendar.makeUp')} value={formatNumber(workCount)} />
              </Card>
            </Col>
          </Row>
          <Alert
            type={calendar.data.confirmed ? 'success' : 'warning'}
            icon={calendar.data.confirmed ? <CheckCircleOutlined /> : <WarningOutlined />}
            showIcon
            title={t(calendar.data.confirmed ? 'calendar.confirmed' : 'calendar.unconfirmed')}
            data-testid="calendar-confirmed"
            data-confirmed={String(calendar.data.confirmed)}
          />
          <Flex gap={16} wrap>
            {LEGEND.map(([kind, label]) => (
              <Flex key={kind} gap={6} align="center">
                <span
                  style={{
                    width: 14,
                    height: 14,
                    borderRadius: 3,
                    background: DAY_COLORS[kind].background,
                    border: '1px solid #d9d9d9',
                  }}
                />
                <Typography.Text>{t(label)}</Typography.Text>
              </Flex>
            ))}
          </Flex>
          <Row gutter={[12, 12]}>
            {MONTHS.map((month) => (
              <Col key={month} xs={24} sm={12} lg={8} xxl={6}>
                <MonthGrid year={year} month={month} special={special} today={today} />
              </Col>
            ))}
          </Row>
          <Card title={t('calendar.list')}>
            <SpecialDaysTable days={days} />
          </Card>
        </>
      )}
    </Flex>
  );
}
