import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../../src/platform/auth/contract';
import { api, rememberCsrfToken } from './api';

export const ME_KEY = ['auth', 'me'] as const;

/** The signed-in user, or null when signed out (a 401 from /api/auth/me just means that). */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: ({ signal }) => api.get<Me | null>('/api/auth/me', { signal, allowSignedOut: true }),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      api.post<{ user: Me; csrfToken: string }>('/api/auth/sign-in', body),
    onSuccess: ({ user, csrfToken }) => {
      rememberCsrfToken(csrfToken);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' && q.queryKey[0] !== 'public' });
      client.setQueryData(ME_KEY, user);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/sign-out'),
    onSettled: () => {
      rememberCsrfToken(null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'public' });
      client.setQueryData(ME_KEY, null);
    },
  });
}
