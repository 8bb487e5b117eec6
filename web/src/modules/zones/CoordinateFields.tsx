import { Col, Form, InputNumber } from 'antd';
import { useLocale } from '../../app/locale';

/** Longitude and latitude of a park or KKT, bounded to Viet Nam's extent, typed with a decimal comma. */
export function CoordinateFields({ span, testId }: { span: number; testId: string }) {
  const { t } = useLocale();
  const field = (name: 'lon' | 'lat', min: number, max: number) => (
    <Col span={span}>
      <Form.Item name={name} label={t(name === 'lon' ? 'parks.lon' : 'parks.lat')}>
        <InputNumber
          min={min}
          max={max}
          step={0.001}
          decimalSeparator=","
          style={{ width: '100%' }}
          data-testid={`${testId}-${name}`}
        />
      </Form.Item>
    </Col>
  );
  return (
    <>
      {field('lon', 102, 118)}
      {field('lat', 8, 24)}
    </>
  );
}
