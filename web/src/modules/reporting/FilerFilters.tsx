import { SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  type PeriodStateValue,
  REPORT_STATUS_LABELS,
  REPORT_STATUSES,
  type ReportStatus,
} from '../../../../src/modules/reporting/contract';
import { useLocale } from '../../app/locale';
import { PERIOD_STATES } from './labels';

export type FilerFilterValues = {
  year: number | undefined;
  states: PeriodStateValue[];
  status: ReportStatus[];
  q: string | undefined;
};

const isState = (v: string): v is PeriodStateValue => (PERIOD_STATES as readonly string[]).includes(v);
const isStatus = (v: string): v is ReportStatus => (REPORT_STATUSES as readonly string[]).includes(v);

/** The list's filters, kept in the address (C.10: year, period state, status, report code). */
export function useFilerFilters(): [FilerFilterValues, (next: Partial<FilerFilterValues>) => void] {
  const [search, setSearch] = useSearchParams();
  const values = useMemo<FilerFilterValues>(() => {
    const year = Number(search.get('year'));
    return {
      year: Number.isInteger(year) && year >= 2000 ? year : undefined,
      states: search.getAll('state').filter(isState),
      status: search.getAll('status').filter(isStatus),
      q: search.get('q')?.trim() || undefined,
    };
  }, [search]);
  const set = (next: Partial<FilerFilterValues>) => {
    const merged = { ...values, ...next };
    const out = new URLSearchParams();
    if (merged.year) out.set('year', String(merged.year));
    for (const s of merged.states) out.append('state', s);
    for (const s of merged.status) out.append('status', s);
    if (merged.q) out.set('q', merged.q);
    setSearch(out, { replace: true });
  };
  return [values, set];
}

/** The code search, sent 400 ms after the last key (C.10: live search with a debounce). */
export function DebouncedSearch({
  value,
  onChange,
  placeholder,
  testId,
}: {
  value: string | undefined;
  onChange: (q: string | undefined) => void;
  placeholder: string;
  testId: string;
}) {
  const [typed, setTyped] = useState(value ?? '');
  const change = useRef(onChange);
  change.current = onChange;
  useEffect(() => setTyped(value ?? ''), [value]);
  useEffect(() => {
    const next = typed.trim() || undefined;
    if (next === value) return;
    const timer = setTimeout(() => change.current(next), 400);
    return () => clearTimeout(timer);
  }, [typed, value]);
  return (
    <Input
      allowClear
      prefix={<SearchOutlined />}
      value={typed}
      maxLength={255}
      onChange={(e) => setTyped(e.target.value)}
      placeholder={placeholder}
      style={{ width: 300 }}
      data-testid={testId}
    />
  );
}

export function FilerFilters({
  filters,
  set,
}: {
  filters: FilerFilterValues;
  set: (next: Partial<FilerFilterValues>) => void;
}) {
  const { lang, t } = useLocale();
  return (
    <Flex gap={12} wrap align="center">
      <DatePicker
        picker="year"
        value={filters.year ? dayjs(`${filters.year}-01-01`) : null}
        onChange={(d) => set({ year: d ? d.year() : undefined })}
        placeholder={t('reporting.filter.yearCurrent')}
        style={{ width: 150 }}
        data-testid="filter-year"
      />
      <Select
        mode="multiple"
        allowClear
        value={filters.states}
        onChange={(states) => set({ states })}
        placeholder={t('reporting.filter.stateAll')}
        options={PERIOD_STATES.map((s) => ({ value: s, label: t(`reporting.periodState.${s}`) }))}
        style={{ minWidth: 220 }}
        data-testid="filter-state"
      />
      <Select
        mode="multiple"
        allowClear
        value={filters.status}
        onChange={(status) => set({ status })}
        placeholder={t('reporting.filter.statusAll')}
        options={REPORT_STATUSES.map((s) => ({ value: s, label: REPORT_STATUS_LABELS[s][lang] }))}
        style={{ minWidth: 240 }}
        data-testid="filter-status"
      />
      <DebouncedSearch
        value={filters.q}
        onChange={(q) => set({ q })}
        placeholder={t('reporting.filter.codeSearch')}
        testId="filter-q"
      />
      {(filters.year || filters.states.length > 0 || filters.status.length > 0 || filters.q) && (
        <Button onClick={() => set({ year: undefined, states: [], status: [], q: undefined })}>{t('app.reset')}</Button>
      )}
    </Flex>
  );
}
