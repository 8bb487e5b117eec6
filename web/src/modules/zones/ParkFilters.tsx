import { Button, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { LOCATION_CLASS_LABELS, PARK_KIND_LABELS, PARK_STATUS_LABELS } from '../../../../src/modules/zones/contract';
import { searchKey } from '../../app/format';
import { useLocale } from '../../app/locale';
import { AsOfPicker } from './AsOfPicker';
import { editionOn, optionsOf } from './labels';
import { useProvincesOn, useZones } from './queries';

export interface ParkFilter {
  q?: string | undefined;
  asOf?: string | undefined;
  province?: string | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  locationClass?: string | undefined;
  zoneId?: string | undefined;
}

const filterOption = (input: string, option?: { label?: unknown }) =>
  searchKey(String(option?.label ?? '')).includes(searchKey(input));

/**
 * The filters of the parks list and map: search, "as of" day, the province of that day's
 * edition (63 before 1/7/2025, 34 after), kind, status on the day, location class, parent KKT.
 */
export function ParkFilters({
  value,
  onChange,
  show = ['q', 'kind', 'locationClass', 'zoneId'],
}: {
  value: ParkFilter;
  onChange: (next: ParkFilter) => void;
  show?: readonly ('q' | 'kind' | 'locationClass' | 'zoneId')[];
}) {
  const { lang, t } = useLocale();
  const provinces = useProvincesOn(value.asOf);
  const zones = useZones();
  const [search, setSearch] = useState(value.q ?? '');
  useEffect(() => setSearch(value.q ?? ''), [value.q]);
  const set = (patch: Partial<ParkFilter>) => onChange({ ...value, ...patch });
  const any = Object.entries(value).some(([k, v]) => k !== 'asOf' && v);

  return (
    <Flex gap={12} wrap align="center" data-testid="park-filters">
      {show.includes('q') && (
        <Input.Search
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          placeholder={t('parks.searchPlaceholder')}
          enterButton={t('app.search')}
          allowClear
          style={{ width: 340, maxWidth: '100%' }}
          data-testid="parks-search"
        />
      )}
      <AsOfPicker
        value={value.asOf}
        onChange={(asOf) =>
          // A province code means another province across the merger: the choice starts again.
          set({ asOf, province: editionOn(asOf) === editionOn(value.asOf) ? value.province : undefined })
        }
      />
      <Select<string>
        value={value.province}
        onChange={(province) => set({ province })}
        allowClear
        showSearch={{ filterOption }}
        loading={provinces.isLoading}
        placeholder={t('parks.allProvinces')}
        options={(provinces.data?.items ?? []).map((p) => ({ value: p.code, label: `${p.code} · ${p.name}` }))}
        style={{ width: 250 }}
        data-testid="parks-province"
      />
      <Select<string>
        value={value.status}
        onChange={(status) => set({ status })}
        allowClear
        placeholder={t('parks.allStatuses')}
        options={optionsOf(PARK_STATUS_LABELS, lang)}
        style={{ width: 270 }}
        popupMatchSelectWidth={false}
        data-testid="parks-status"
      />
      {show.includes('kind') && (
        <Select<string>
          value={value.kind}
          onChange={(kind) => set({ kind })}
          allowClear
          placeholder={t('parks.allKinds')}
          options={optionsOf(PARK_KIND_LABELS, lang)}
          style={{ width: 220 }}
          data-testid="parks-kind"
        />
      )}
      {show.includes('locationClass') && (
        <Select<string>
          value={value.locationClass}
          onChange={(locationClass) => set({ locationClass })}
          allowClear
          placeholder={t('parks.allLocations')}
          options={optionsOf(LOCATION_CLASS_LABELS, lang)}
          style={{ width: 250 }}
          popupMatchSelectWidth={false}
          data-testid="parks-location"
        />
      )}
      {show.includes('zoneId') && (
        <Select<string>
          value={value.zoneId}
          onChange={(zoneId) => set({ zoneId })}
          allowClear
          showSearch={{ filterOption }}
          placeholder={t('parks.allZones')}
          options={(zones.data?.items ?? []).map((z) => ({ value: z.id, label: z.name }))}
          style={{ width: 240 }}
          popupMatchSelectWidth={false}
          data-testid="parks-zone"
        />
      )}
      {any && (
        <Button onClick={() => onChange({ asOf: value.asOf })} data-testid="parks-reset">
          {t('app.reset')}
        </Button>
      )}
    </Flex>
  );
}
