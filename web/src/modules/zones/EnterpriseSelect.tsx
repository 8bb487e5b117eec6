import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import type { Enterprise, EnterprisePage } from '../../../../src/modules/investment/contract';
import { api, withQuery } from '../../app/api';
import { useLocale } from '../../app/locale';

interface Props {
  value?: string | null;
  onChange?: (id: string | null) => void;
  testId?: string;
}

/** Picks an enterprise of the register by name or tax code (searched on the server, accents optional). */
export function EnterpriseSelect({ value, onChange, testId = 'enterprise-select' }: Props) {
  const { t } = useLocale();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['enterprises', 'pick', q],
    queryFn: ({ signal }) => api.get<EnterprisePage>(withQuery('/api/enterprises', { q, pageSize: 20 }), { signal }),
    enabled: q.trim().length >= 2,
  });
  const current = useQuery({
    queryKey: ['enterprises', 'one', value],
    queryFn: ({ signal }) => api.get<Enterprise>(`/api/enterprises/${value}`, { signal }),
    enabled: Boolean(value),
    retry: false,
  });
  const label = (e: Enterprise) => `${e.nameVi} · MST ${e.taxCode}`;
  const options = (found.data?.items ?? []).map((e) => ({ value: e.id, label: label(e) }));
  if (value && current.data && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: label(current.data) });
  }
  return (
    <Select<string>
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={found.isFetching}
      placeholder={t('parks.developerPlaceholder')}
      notFoundContent={q.trim().length < 2 ? t('parks.typeToSearch') : t('parks.noMatch')}
      options={options}
      data-testid={testId}
    />
  );
}
