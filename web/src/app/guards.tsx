import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../../src/platform/auth/contract';
import { ForbiddenPage } from '../ui/ErrorPages';
import { PageLoading } from '../ui/PageLoading';
import { signInPath } from './paths';
import { useMe } from './session';

/** Signed-out visitors go to sign in (and come back); signed-in users without the role see 403. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { data: me, isPending } = useMe();
  const location = useLocation();
  if (isPending) return <PageLoading />;
  if (!me) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  if (!roles.includes(me.role)) return <ForbiddenPage />;
  return children;
}
