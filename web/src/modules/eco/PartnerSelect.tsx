import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api, withQuery } from '../../app/api';
import { useLocale } from '../../app/locale';

type Candidate = { id: string; name: string; samePark: boolean };

/**
 * The partners of a "named partners" listing: several enterprises, searched among the firms of the
 * listing's park and those trading publicly on the exchange (an enterprise cannot browse the registry).
 */
export function PartnerSelect({
  parkId,
  value,
  onChange,
}: {
  parkId: string | undefined;
  value?: string[];
  onChange?: (ids: string[]) => void;
}) {
  const { t } = useLocale();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const include = (value ?? []).join(',');
  const found = useQuery({
    queryKey: ['eco', 'partner-candidates', parkId, q, include],
    queryFn: ({ signal }) =>
      api.get<{ items: Candidate[] }>(
        withQuery('/api/eco/partner-candidates', { parkId, q: q || undefined, include: include || undefined }),
        { signal },
      ),
    enabled: Boolean(parkId),
  });
  return (
    <Select
      mode="multiple"
      value={value}
      onChange={onChange}
      disabled={!parkId}
      placeholder={parkId ? t('ecorep.partners.search') : t('ecorep.partners.park')}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={found.isFetching}
      maxCount={20}
      options={(found.data?.items ?? []).map((c) => ({
        value: c.id,
        label: c.samePark ? c.name : `${c.name} (${t('ecorep.partners.other')})`,
      }))}
      data-testid="listing-partners"
    />
  );
}
