import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input, InputNumber, Select, Tag, Typography } from 'antd';
import { formatNumber } from '../../../app/format';
import { useLocale } from '../../../app/locale';
import type { EcoReportView } from './queries';

type Field = EcoReportView['fields'][number];
type Value = EcoReportView['values'][string];

/** Numbers as vi-VN shows them, with the field's decimals (1.234,5). */
function shown(f: Field, v: Value | undefined, yes: string, no: string): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? yes : no;
  if (typeof v === 'number') {
    const text = formatNumber(v);
    return f.decimals === 0
      ? text
      : new Intl.NumberFormat('vi-VN', { maximumFractionDigits: f.decimals ?? 3 }).format(v);
  }
  if (Array.isArray(v)) return v.length === 0 ? '—' : v.map((x) => (typeof x === 'string' ? x : '')).join('; ');
  return String(v);
}

function TableField({ f, editable }: { f: Field; editable: boolean }) {
  const { t, lang } = useLocale();
  const cols = f.columns ?? [];
  return (
    <Form.List name={['values', f.key]}>
      {(rows, { add, remove }) => (
        <Flex vertical gap={6}>
          {rows.map((row) => (
            <Flex key={row.key} gap={6} wrap align="start">
              {cols.map((c) => (
                <Form.Item
                  key={c.key}
                  name={[row.name, c.key]}
                  style={{ margin: 0 }}
                  label={row.name === 0 ? c.label[lang] : undefined}
                >
                  {c.kind === 'choice' ? (
                    <Select
                      disabled={!editable}
                      style={{ width: 120 }}
                      options={(c.options ?? []).map((o) => ({ value: o.value, label: o.label[lang] }))}
                    />
                  ) : c.kind === 'decimal' ? (
                    <InputNumber
                      disabled={!editable}
                      min={0}
                      style={{ width: 140 }}
                      decimalSeparator=","
                      data-testid={`cell-${c.key}`}
                    />
                  ) : (
                    <Input disabled={!editable} style={{ width: 200 }} data-testid={`cell-${c.key}`} />
                  )}
                </Form.Item>
              ))}
              {editable && (
                <Button
                  aria-label={t('ecorep.removeRow')}
                  icon={<DeleteOutlined />}
                  onClick={() => remove(row.name)}
                  style={{ marginTop: row.name === 0 ? 30 : 0 }}
                />
              )}
            </Flex>
          ))}
          {editable && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ unit: 'tấn/năm', energyType: 'điện' })}
              style={{ alignSelf: 'start' }}
              data-testid="add-row"
            >
              {t('ecorep.addRow')}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  );
}

/** One line of a form: number, label, the value (typed, or locked with where it came from), unit. */
export function ReportField({ f, value, editable }: { f: Field; value: Value | undefined; editable: boolean }) {
  const { t, lang } = useLocale();
  const locked = f.source === 'registry' || f.source === 'computed';
  const yes = t('ecorep.yes');
  const no = t('ecorep.no');
  let input: React.ReactNode;
  if (f.kind === 'table') input = <TableField f={f} editable={editable} />;
  else if (locked || !editable)
    input = (
      <Typography.Text strong={locked} data-testid={`value-${f.key}`}>
        {f.kind === 'names' && Array.isArray(value) && value.length === 0
          ? t('ecorep.names.none')
          : shown(f, value, yes, no)}
      </Typography.Text>
    );
  else {
    const name = ['values', f.key];
    const control =
      f.kind === 'textarea' ? (
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      ) : f.kind === 'text' ? (
        <Input />
      ) : f.kind === 'yes_no' ? (
        <Select
          style={{ width: 140 }}
          allowClear
          options={[
            { value: true, label: yes },
            { value: false, label: no },
          ]}
        />
      ) : f.kind === 'check' ? null : (
        <InputNumber style={{ width: 200 }} decimalSeparator="," data-testid={`input-${f.key}`} />
      );
    input =
      f.kind === 'check' ? (
        <Form.Item name={name} valuePropName="checked" style={{ margin: 0 }}>
          <Checkbox />
        </Form.Item>
      ) : (
        <Form.Item name={name} style={{ margin: 0 }} data-testid={`field-${f.key}`}>
          {control}
        </Form.Item>
      );
  }
  return (
    <Flex gap={12} align="start" style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Typography.Text type="secondary" style={{ width: 64, flex: 'none' }}>
        {f.code}
      </Typography.Text>
      <div style={{ flex: '1 1 320px', minWidth: 240 }}>
        {f.label[lang]}
        {f.required && !locked && <Typography.Text type="danger"> *</Typography.Text>}
      </div>
      <div style={{ flex: f.kind === 'table' ? '3 1 600px' : '0 1 320px' }}>{input}</div>
      <Typography.Text type="secondary" style={{ width: 90, flex: 'none' }}>
        {f.unit?.[lang] ?? ''}
      </Typography.Text>
      <div style={{ width: 130, flex: 'none' }}>
        {f.source !== 'typed' && (
          <Tag color={f.source === 'registry' ? 'blue' : f.source === 'computed' ? 'purple' : 'default'}>
            {t(`ecorep.source.${f.source}`)}
          </Tag>
        )}
      </div>
    </Flex>
  );
}
