import { useMemo } from 'react';
import { useProvinces } from '../geo/queries';

export interface ProvinceOption {
  code: string;
  name: string;
  /** `01 · Thành phố Hà Nội`, as the select and the table show it. */
  label: string;
}

/** The 34 provinces in force today (public geo API), in GSO code order, and a lookup by code. */
export function useCurrentProvinces() {
  const query = useProvinces('34');
  const options = useMemo<ProvinceOption[]>(
    () =>
      (query.data?.items ?? [])
        .map((p) => ({ code: p.code, name: p.name, label: `${p.code} · ${p.name}` }))
        .sort((a, b) => a.code.localeCompare(b.code)),
    [query.data],
  );
  const byCode = useMemo(() => new Map(options.map((o) => [o.code, o])), [options]);
  return { options, byCode, isLoading: query.isPending };
}
