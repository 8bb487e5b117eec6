import { useMemo } from 'react';
import { useProvinces } from '../geo/queries';

/** The name of a province in force today (34-edition GSO code), or the code while loading. */
export function useProvinceName() {
  const provinces = useProvinces('34');
  const names = useMemo(() => new Map((provinces.data?.items ?? []).map((p) => [p.code, p.name])), [provinces.data]);
  return (code: string | null | undefined) => (code ? (names.get(code) ?? code) : '—');
}

/** The 34 provinces in force today as select options (`24 · Tỉnh Bắc Ninh`), by code. */
export function useProvinceOptions() {
  const provinces = useProvinces('34');
  return useMemo(
    () =>
      (provinces.data?.items ?? [])
        .slice()
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((p) => ({ value: p.code, label: `${p.code} · ${p.name}` })),
    [provinces.data],
  );
}
