import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input, InputNumber, Typography } from 'antd';
import type { SheetLine } from '../../../../../src/modules/emulation/scoring/contract';
import { useLocale } from '../../../app/locale';

/** A key for a new line or group: unique enough within a sheet, and stable once saved. */
export const newKey = (prefix: string) => `${prefix}_${Math.random().toString(36).slice(2, 8)}`;
export const blankLine = (prefix: string): SheetLine => ({
  key: newKey(prefix),
  nameVi: '',
  nameEn: '',
  maxPoints: 10,
  evidenceRequired: true,
});

/** The field error of `path` (a zod path of the sheet, e.g. "groups.0.criteria.1.maxPoints"). */
export type Errors = Record<string, string>;
export const fieldStatus = (errors: Errors, path: string) =>
  errors[path] ? { validateStatus: 'error' as const, help: errors[path] } : {};

/** Rows of criteria, bonus or penalty items: name (Vietnamese, English optional), maximum points, evidence required. */
export function SheetLinesEditor(props: {
  lines: SheetLine[];
  onChange: (lines: SheetLine[]) => void;
  path: string;
  errors: Errors;
  prefix: string;
  addLabel: string;
  testId: string;
}) {
  const { t } = useLocale();
  const set = (i: number, patch: Partial<SheetLine>) =>
    props.onChange(props.lines.map((l, k) => (k === i ? { ...l, ...patch } : l)));
  return (
    <Flex vertical gap={4} data-testid={props.testId}>
      {props.lines.length === 0 && <Typography.Text type="secondary">{t('emulation.sheet.noLines')}</Typography.Text>}
      {props.lines.map((line, i) => {
        const at = `${props.path}.${i}`;
        return (
          <Flex key={line.key} gap={8} align="start" wrap data-testid={`${props.testId}-${i}`}>
            <Form.Item
              style={{ flex: 3, minWidth: 220, marginBottom: 4 }}
              {...fieldStatus(props.errors, `${at}.nameVi`)}
            >
              <Input
                placeholder={t('emulation.sheet.lineName')}
                value={line.nameVi}
                onChange={(e) => set(i, { nameVi: e.target.value })}
                data-testid="line-name"
              />
            </Form.Item>
            <Form.Item
              style={{ flex: 2, minWidth: 160, marginBottom: 4 }}
              {...fieldStatus(props.errors, `${at}.nameEn`)}
            >
              <Input
                placeholder={t('emulation.sheet.nameEn')}
                value={line.nameEn}
                onChange={(e) => set(i, { nameEn: e.target.value })}
              />
            </Form.Item>
            <Form.Item style={{ marginBottom: 4 }} {...fieldStatus(props.errors, `${at}.maxPoints`)}>
              <InputNumber
                min={0}
                step={0.5}
                decimalSeparator=","
                suffix={t('emulation.sheet.points')}
                style={{ width: 140 }}
                value={line.maxPoints}
                onChange={(v) => set(i, { maxPoints: v ?? 0 })}
                data-testid="line-max"
              />
            </Form.Item>
            <Checkbox
              style={{ marginTop: 5 }}
              checked={line.evidenceRequired}
              onChange={(e) => set(i, { evidenceRequired: e.target.checked })}
            >
              {t('emulation.sheet.evidence')}
            </Checkbox>
            <Button
              icon={<DeleteOutlined />}
              aria-label={t('emulation.sheet.remove')}
              onClick={() => props.onChange(props.lines.filter((_, k) => k !== i))}
            />
          </Flex>
        );
      })}
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        style={{ alignSelf: 'start' }}
        onClick={() => props.onChange([...props.lines, blankLine(props.prefix)])}
        data-testid={`${props.testId}-add`}
      >
        {props.addLabel}
      </Button>
    </Flex>
  );
}
