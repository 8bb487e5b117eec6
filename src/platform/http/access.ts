import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, unauthenticated } from '../../kernel/errors';
import type { Actor } from '../auth/actor';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth/contract';
import { type Action, authorize } from '../auth/policy';
import type { AuthService } from '../auth/service';

/**
 * What a route needs, declared next to it: 'public', 'signed-in' (any role; the service then
 * checks the scope), or an action of the policy table. The hook below enforces it before the
 * body is parsed, so the route table test can prove 401/403 for every route from this one field.
 */
export type Access = 'public' | 'signed-in' | Action;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor;
    sessionToken: string | null;
    csrfToken: string | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const csrfRejected = () =>
  new AppError(
    'CSRF_REJECTED',
    'Yêu cầu bị từ chối vì thiếu mã chống giả mạo (CSRF). Hãy tải lại trang.',
    'Request refused: missing or wrong anti-forgery (CSRF) token. Reload the page.',
  );

/** A browser sends Origin on cross-site writes; when it does, it must be this very site. */
function sameOrigin(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export function registerAccessControl(app: FastifyInstance, auth: AuthService) {
  app.decorateRequest('actor', null as never);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRequest', async (req: FastifyRequest, _reply: FastifyReply) => {
    const origin = { requestId: req.id, ip: req.ip };
    req.actor = { kind: 'anonymous', origin };
    const access = req.routeOptions.config?.access;
    // Unknown URLs fall through to the 404 handler whatever the caller.
    if (!req.routeOptions.url) return;
    const token = req.cookies?.[SESSION_COOKIE];
    if (token) {
      const session = await auth.resolveSession(token, origin);
      if (session) {
        req.actor = session.actor;
        req.sessionToken = token;
        req.csrfToken = session.csrfToken;
      }
    }
    if (UNSAFE.has(req.method)) {
      if (!sameOrigin(req)) throw csrfRejected();
      if (req.sessionToken && req.headers[CSRF_HEADER] !== req.csrfToken) throw csrfRejected();
    }
    if (access === undefined) {
      throw new Error(`route ${req.method} ${req.routeOptions.url} declares no access`);
    }
    if (access === 'public') return;
    if (req.actor.kind === 'anonymous') throw unauthenticated();
    if (access !== 'signed-in') authorize(req.actor, access);
  });
}
