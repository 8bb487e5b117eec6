import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuditPage } from '../../../../src/platform/audit/contract';
import { api, withQuery } from '../../app/api';

export type AuditPageData = z.infer<typeof AuditPage>;

export interface AuditFilter {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export function useAuditPage(filter: AuditFilter) {
  return useQuery({
    queryKey: ['audit', filter],
    queryFn: ({ signal }) => api.get<AuditPageData>(withQuery('/api/audit', { ...filter }), { signal }),
    placeholderData: keepPreviousData,
  });
}
