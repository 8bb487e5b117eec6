import { CalendarOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { todayInVietnam } from '../../app/format';
import { useLocale } from '../../app/locale';
import { DATE_FORMAT, fromDay, toDay } from './labels';

interface Props {
  /** YYYY-MM-DD, or undefined for today. */
  value: string | undefined;
  onChange: (day: string | undefined) => void;
  testId?: string;
}

/** "Tại ngày": every status, province and area on the page is read as of this day. */
export function AsOfPicker({ value, onChange, testId = 'as-of' }: Props) {
  const { t } = useLocale();
  const today = todayInVietnam();
  return (
    <Flex gap={8} align="center" wrap>
      <Typography.Text type="secondary">
        <CalendarOutlined /> {t('zones.asOf')}
      </Typography.Text>
      <DatePicker
        value={fromDay(value ?? today)}
        format={DATE_FORMAT}
        allowClear={false}
        disabledDate={(d) => d.isAfter(dayjs(today), 'day')}
        onChange={(d) => {
          const day = toDay(d);
          onChange(day === today ? undefined : day);
        }}
        data-testid={testId}
      />
      {value && value !== today && (
        <Button size="small" onClick={() => onChange(undefined)} data-testid={`${testId}-today`}>
          {t('zones.today')}
        </Button>
      )}
    </Flex>
  );
}
