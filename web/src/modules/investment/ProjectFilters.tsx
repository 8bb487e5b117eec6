import { Button, DatePicker, Flex, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import {
  CertificateStatus,
  Origin,
  PROJECT_TYPE_LABELS,
  ProjectType,
  STATUS_LABELS,
} from '../../../../src/modules/investment/contract';
import { useLocale } from '../../app/locale';
import { useProvinces } from '../geo/queries';
import { CountrySelect, EnterpriseSelect, foldedSearch, ParkSelect, ZoneSelect } from './pickers';
import type { QueryParams } from './queries';

/** The GSO edition in force on a day: 63 provinces before 1 July 2025, 34 from then on. */
export const editionOn = (asOf: string | undefined) => (asOf && asOf < '2025-07-01' ? '63' : '34');

export const FILTER_KEYS = [
  'q',
  'asOf',
  'province',
  'parkId',
  'zoneId',
  'enterpriseId',
  'type',
  'status',
  'origin',
  'partnerCountry',
  'sector',
] as const;

/**
 * The filters of the project list, all kept in the URL: a search box (name or project code,
 * with or without diacritics), the day everything is read on, the province as of that day
 * (either side of the 2025 merger), park or KKT, enterprise (its tax code is searchable there),
 * type, certificate status, FDI/DDI, main partner country and VSIC sector.
 */
export function ProjectFilters({ params, set }: { params: QueryParams; set: (next: QueryParams) => void }) {
  const { lang, t } = useLocale();
  const [q, setQ] = useState(params.q ?? '');
  const [sector, setSector] = useState(params.sector ?? '');
  useEffect(() => setQ(params.q ?? ''), [params.q]);
  useEffect(() => setSector(params.sector ?? ''), [params.sector]);
  const edition = editionOn(params.asOf);
  const provinces = useProvinces(edition);
  const change = (patch: QueryParams) => set({ ...params, ...patch, page: undefined });
  const active = FILTER_KEYS.some((k) => params[k]);

  return (
    <Flex gap={12} wrap data-testid="project-filters">
      <Input.Search
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(v) => change({ q: v.trim() || undefined })}
        placeholder={t('inv.projects.search')}
        enterButton={t('app.search')}
        allowClear
        style={{ width: 360, maxWidth: '100%' }}
        data-testid="projects-search"
      />
      <DatePicker
        value={params.asOf ? dayjs(params.asOf) : null}
        onChange={(d) => {
          const asOf = d ? d.format('YYYY-MM-DD') : undefined;
          // A province code means something else in the other edition.
          const sameEdition = editionOn(asOf) === edition;
          change({ asOf, province: sameEdition ? params.province : undefined });
        }}
        format="DD/MM/YYYY"
        placeholder={t('inv.asOf.today')}
        style={{ width: 170 }}
        data-testid="projects-asof"
      />
      <Select
        value={params.province}
        onChange={(province) => change({ province })}
        allowClear
        showSearch={foldedSearch}
        placeholder={t('inv.filter.province', { edition })}
        options={(provinces.data?.items ?? [])
          .slice()
          .sort((a, b) => a.code.localeCompare(b.code))
          .map((p) => ({ value: p.code, label: `${p.code} · ${p.name}` }))}
        style={{ width: 250 }}
        data-testid="projects-province"
      />
      <ParkSelect
        value={params.parkId}
        onChange={(parkId) => change({ parkId })}
        placeholder={t('inv.filter.park')}
        style={{ width: 260 }}
        testId="projects-park"
      />
      <ZoneSelect
        value={params.zoneId}
        onChange={(zoneId) => change({ zoneId })}
        placeholder={t('inv.filter.zone')}
        style={{ width: 240 }}
        testId="projects-zone"
      />
      <EnterpriseSelect
        value={params.enterpriseId}
        onChange={(enterpriseId) => change({ enterpriseId })}
        placeholder={t('inv.filter.enterprise')}
        style={{ width: 320 }}
        testId="projects-enterprise"
      />
      <Select
        value={params.type}
        onChange={(type) => change({ type })}
        allowClear
        placeholder={t('inv.filter.type')}
        options={ProjectType.options.map((v) => ({ value: v, label: PROJECT_TYPE_LABELS[v][lang] }))}
        style={{ width: 260 }}
        data-testid="projects-type"
      />
      <Select
        value={params.status}
        onChange={(status) => change({ status })}
        allowClear
        placeholder={t('inv.filter.status')}
        options={CertificateStatus.options.map((v) => ({ value: v, label: STATUS_LABELS[v][lang] }))}
        style={{ width: 170 }}
        data-testid="projects-status"
      />
      <Select
        value={params.origin}
        onChange={(origin) => change({ origin })}
        allowClear
        placeholder={t('inv.filter.origin')}
        options={Origin.options.map((v) => ({ value: v, label: v }))}
        style={{ width: 120 }}
        data-testid="projects-origin"
      />
      <CountrySelect
        value={params.partnerCountry}
        onChange={(partnerCountry) => change({ partnerCountry })}
        placeholder={t('inv.filter.partner')}
        style={{ width: 220 }}
        testId="projects-partner"
      />
      <Input
        value={sector}
        onChange={(e) => setSector(e.target.value)}
        onPressEnter={() => change({ sector: sector.trim() || undefined })}
        onBlur={() => sector.trim() !== (params.sector ?? '') && change({ sector: sector.trim() || undefined })}
        placeholder={t('inv.filter.sector')}
        style={{ width: 150 }}
        data-testid="projects-sector"
      />
      {active && (
        <Button onClick={() => set({ sort: params.sort, order: params.order })} data-testid="projects-reset">
          {t('app.reset')}
        </Button>
      )}
    </Flex>
  );
}
