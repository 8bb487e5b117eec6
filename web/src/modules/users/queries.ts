import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateUserBody,
  Role,
  UpdateUserBody,
  UserList,
  UserSummary,
} from '../../../../src/platform/auth/contract';
import { api, withQuery } from '../../app/api';

export interface UserFilter {
  q?: string;
  role?: Role;
  active?: 'true' | 'false';
}

const USERS = ['users'] as const;

export const fetchUsers = (filter: UserFilter, signal?: AbortSignal) =>
  api.get<z.infer<typeof UserList>>(withQuery('/api/users', { ...filter }), { signal });

export function useUsers(filter: UserFilter) {
  return useQuery({
    queryKey: [...USERS, filter],
    queryFn: ({ signal }) => fetchUsers(filter, signal),
    placeholderData: keepPreviousData,
  });
}

/** The latest state of one user (after a 409, to show what someone else saved). */
export async function fetchUser(user: Pick<UserSummary, 'id' | 'username'>): Promise<UserSummary | undefined> {
  const { items } = await fetchUsers({ q: user.username });
  return items.find((u) => u.id === user.id);
}

/** Every write refreshes the list. */
export function useUserMutations() {
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: USERS });
  return {
    create: useMutation({
      mutationFn: (body: z.input<typeof CreateUserBody>) => api.post<UserSummary>('/api/users', body),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: z.input<typeof UpdateUserBody> }) =>
        api.patch<UserSummary>(`/api/users/${id}`, body),
      onSuccess,
    }),
    setPassword: useMutation({
      mutationFn: ({ id, password }: { id: string; password: string }) =>
        api.post<UserSummary>(`/api/users/${id}/password`, { password }),
      onSuccess,
    }),
    unlock: useMutation({
      mutationFn: (id: string) => api.post<UserSummary>(`/api/users/${id}/unlock`),
      onSuccess,
    }),
    refresh: onSuccess,
  };
}
