import { Select } from 'antd';
import { searchKey } from '../../app/format';
import { useLocale } from '../../app/locale';
import { useProvincesOn } from './queries';

interface Props {
  value?: string;
  onChange?: (id: string) => void;
  testId?: string;
}

/**
 * The province unit a record belongs to, of its time: the 34 in force since 1/7/2025 first, then
 * the 63 of before (a record of an older park keeps its old unit; the merger is read from it).
 */
export function UnitSelect({ value, onChange, testId = 'unit-select' }: Props) {
  const { t } = useLocale();
  const now = useProvincesOn(undefined);
  const before = useProvincesOn('2025-06-30');
  const group = (label: string, items: { id: string; code: string; name: string }[] | undefined) => ({
    label,
    options: (items ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` })),
  });
  return (
    <Select<string>
      value={value}
      onChange={onChange}
      showSearch={{
        filterOption: (input, option) => searchKey(String(option?.label ?? '')).includes(searchKey(input)),
      }}
      loading={now.isLoading || before.isLoading}
      placeholder={t('parks.unitPlaceholder')}
      options={[group(t('parks.units34'), now.data?.items), group(t('parks.units63'), before.data?.items)]}
      data-testid={testId}
    />
  );
}
