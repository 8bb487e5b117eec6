import { Select, type SelectProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { searchKey } from '../../app/format';
import { useLocale } from '../../app/locale';
import { useCountries, useEnterprise, useEnterprises, useInvestors, useParks, useZones } from './queries';

/**
 * Selects that search the registry on the server as the user types (names and codes, with or
 * without diacritics), so they stay usable with tens of thousands of records. Each keeps the
 * label of the chosen record even when it is not in the current results.
 */

/** Select search over option labels, with or without diacritics ("ha noi" finds "Hà Nội"). */
export const foldedSearch = {
  filterOption: (input: string, option?: { label?: unknown }) =>
    searchKey(String(option?.label ?? '')).includes(searchKey(input)),
};

type PickerProps = {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  testId?: string;
  style?: SelectProps['style'];
  allowClear?: boolean;
  disabled?: boolean;
};

/** The text typed, debounced so a request is not sent for every key. */
function useTyped(delay = 250): [string, (s: string) => void] {
  const [typed, setTyped] = useState('');
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSettled(typed.trim()), delay);
    return () => clearTimeout(timer);
  }, [typed, delay]);
  return [settled, setTyped];
}

function ServerSelect({
  options,
  loading,
  onSearch,
  value,
  onChange,
  placeholder,
  testId,
  style,
  allowClear = true,
  disabled,
}: PickerProps & { options: { value: string; label: string }[]; loading: boolean; onSearch: (s: string) => void }) {
  return (
    <Select
      showSearch={{ filterOption: false, onSearch }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      options={options}
      loading={loading}
      placeholder={placeholder}
      allowClear={allowClear}
      disabled={disabled}
      style={style ?? { width: '100%' }}
      data-testid={testId}
      notFoundContent={null}
    />
  );
}

export function EnterpriseSelect(props: PickerProps) {
  const [q, setQ] = useTyped();
  const list = useEnterprises({ q: q || undefined, pageSize: '20' });
  const chosen = useEnterprise(props.value);
  const options = useMemo(() => {
    const items = list.data?.items ?? [];
    const all = chosen.data && !items.some((e) => e.id === chosen.data.id) ? [chosen.data, ...items] : items;
    return all.map((e) => ({ value: e.id, label: `${e.taxCode} · ${e.nameVi}` }));
  }, [list.data, chosen.data]);
  return <ServerSelect {...props} options={options} loading={list.isFetching} onSearch={setQ} />;
}

export function InvestorSelect(props: PickerProps & { known?: { id: string; name: string; nationality: string } }) {
  const [q, setQ] = useTyped();
  const list = useInvestors({ q: q || undefined, pageSize: '20' });
  const { known } = props;
  const options = useMemo(() => {
    const items = (list.data?.items ?? []).map((i) => ({ id: i.id, name: i.name, nationality: i.nationality }));
    const all = known && !items.some((i) => i.id === known.id) ? [known, ...items] : items;
    return all.map((i) => ({ value: i.id, label: `${i.name} (${i.nationality})` }));
  }, [list.data, known]);
  return <ServerSelect {...props} options={options} loading={list.isFetching} onSearch={setQ} />;
}

export function ParkSelect(props: PickerProps & { province?: string }) {
  const [q, setQ] = useTyped();
  const list = useParks({ q: q || undefined, province: props.province });
  const options = useMemo(
    () => (list.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` })),
    [list.data],
  );
  return <ServerSelect {...props} options={options} loading={list.isFetching} onSearch={setQ} />;
}

/** Economic zones are few (a few dozen): filtered in the browser. */
export function ZoneSelect(props: PickerProps) {
  const zones = useZones();
  return (
    <Select
      showSearch={{
        filterOption: (input, option) => searchKey(String(option?.label ?? '')).includes(searchKey(input)),
      }}
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v ?? undefined)}
      options={(zones.data?.items ?? []).map((z) => ({ value: z.id, label: `${z.code} · ${z.name}` }))}
      loading={zones.isPending}
      placeholder={props.placeholder}
      allowClear={props.allowClear ?? true}
      disabled={props.disabled}
      style={props.style ?? { width: '100%' }}
      data-testid={props.testId}
    />
  );
}

/** Countries by Vietnamese (or English) name or ISO code, with or without diacritics. */
export function CountrySelect(props: PickerProps) {
  const { lang } = useLocale();
  const countries = useCountries();
  const options = useMemo(
    () =>
      (countries.data?.items ?? []).map((c) => ({
        value: c.alpha2,
        label: `${lang === 'vi' ? c.nameVi : c.nameEn} (${c.alpha2})`,
        search: searchKey(`${c.nameVi} ${c.nameEn} ${c.alpha2}`),
      })),
    [countries.data, lang],
  );
  return (
    <Select
      showSearch={{ filterOption: (input, option) => (option?.search ?? '').includes(searchKey(input)) }}
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v ?? undefined)}
      options={options}
      loading={countries.isPending}
      placeholder={props.placeholder}
      allowClear={props.allowClear ?? true}
      disabled={props.disabled}
      style={props.style ?? { width: '100%' }}
      data-testid={props.testId}
    />
  );
}

/** A country's name in the current language, from its ISO code. */
export function useCountryName() {
  const { lang } = useLocale();
  const countries = useCountries();
  const names = useMemo(
    () => new Map((countries.data?.items ?? []).map((c) => [c.alpha2, lang === 'vi' ? c.nameVi : c.nameEn])),
    [countries.data, lang],
  );
  return (code: string | null | undefined) => (code ? (names.get(code) ?? code) : '—');
}
