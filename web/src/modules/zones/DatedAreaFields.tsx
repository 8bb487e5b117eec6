import { Col, DatePicker, Form, Input, Row } from 'antd';
import dayjs from 'dayjs';
import { todayInVietnam } from '../../app/format';
import { useLocale } from '../../app/locale';
import { DATE_FORMAT } from './labels';

/**
 * "From this day, this many hectares, according to this document": the fields every dated area
 * (a park's land value, a KKT's functional area) is recorded with. No day after today: the
 * registry refuses values from the future.
 */
export function DatedAreaFields({ valueName, testId }: { valueName: string; testId: string }) {
  const { t } = useLocale();
  return (
    <>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="asOf"
            label={t('parkLand.asOf')}
            rules={[{ required: true, message: t('parkEvent.dateRequired') }]}
          >
            <DatePicker
              format={DATE_FORMAT}
              allowClear={false}
              disabledDate={(d) => d.isAfter(dayjs(todayInVietnam()), 'day')}
              style={{ width: '100%' }}
              data-testid={`${testId}-date`}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name={valueName}
            label={t('parkLand.value')}
            rules={[{ required: true, message: t('parkEvent.areaRequired') }]}
          >
            <Input suffix="ha" inputMode="decimal" placeholder="1.250,5" data-testid={`${testId}-value`} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="source"
        label={t('parkLand.source')}
        rules={[{ required: true, whitespace: true, message: t('parkLand.sourceRequired') }]}
      >
        <Input maxLength={300} data-testid={`${testId}-source`} />
      </Form.Item>
    </>
  );
}
