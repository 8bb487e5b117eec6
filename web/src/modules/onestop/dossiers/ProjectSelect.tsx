import { Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useProjects } from '../../investment/queries';

/**
 * A project of the registry searched by code or name as the user types, the applicant
 * enterprise's first when the dossier names one (the certificate to adjust or re-issue).
 */
export function ProjectSelect(props: {
  value?: string;
  onChange?: (v: string | undefined) => void;
  enterpriseId: string | null;
  testId?: string;
}) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const list = useProjects({ q: q || undefined, enterpriseId: props.enterpriseId ?? undefined, pageSize: '20' });
  // The chosen project keeps its label when a later search no longer lists it.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const options = useMemo(() => {
    const items = (list.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.projectCode} · ${p.name}` }));
    return chosen && !items.some((o) => o.value === chosen.value) ? [chosen, ...items] : items;
  }, [list.data, chosen]);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setTyped }}
      value={props.value}
      onChange={(v) => {
        setChosen(options.find((o) => o.value === v) ?? null);
        props.onChange?.(v ?? undefined);
      }}
      options={options}
      loading={list.isFetching}
      allowClear
      style={{ width: '100%' }}
      data-testid={props.testId}
      notFoundContent={null}
    />
  );
}
