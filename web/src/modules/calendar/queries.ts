import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CalendarYear } from '../../../../src/modules/calendar/contract';
import { api } from '../../app/api';

export type CalendarYearData = z.infer<typeof CalendarYear>;

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: ['public', 'calendar', year],
    queryFn: ({ signal }) => api.get<CalendarYearData>(`/api/calendar/${year}`, { signal }),
    staleTime: 10 * 60_000,
  });
}
