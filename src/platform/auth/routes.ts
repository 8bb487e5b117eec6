import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '../http/errors';
import type { UserActor } from './actor';
import {
  ChangePasswordBody,
  CreateUserBody,
  CSRF_COOKIE,
  Me,
  SESSION_COOKIE,
  SetUserPasswordBody,
  SignInBody,
  SignInResponse,
  UpdateLocaleBody,
  UpdateUserBody,
  UserIdParams,
  UserList,
  UserQuery,
  UserSummary,
} from './contract';
import type { AuthService } from './service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 429: ErrorResponse };
const userErrors = { ...errors, 404: ErrorResponse };

export function authRoutes(auth: AuthService, options: { secureCookies: boolean; sessionMaxHours: number }) {
  const cookieBase = { path: '/', sameSite: 'lax' as const, secure: options.secureCookies };
  const plugin: FastifyPluginAsyncZod = async (app) => {
    app.post(
      '/api/auth/sign-in',
      {
        config: { access: 'public' },
        schema: {
          tags: ['auth'],
          summary: 'Đăng nhập',
          body: SignInBody,
          response: { 200: SignInResponse, ...errors },
        },
      },
      async (req, reply) => {
        const result = await auth.signIn({ requestId: req.id, ip: req.ip }, req.body);
        const maxAge = options.sessionMaxHours * 3600;
        reply.setCookie(SESSION_COOKIE, result.token, { ...cookieBase, httpOnly: true, maxAge });
        // Readable by the page script, which echoes it in X-CSRF-Token (double submit).
        reply.setCookie(CSRF_COOKIE, result.csrfToken, { ...cookieBase, httpOnly: false, maxAge });
        return { user: result.user, csrfToken: result.csrfToken };
      },
    );

    app.post(
      '/api/auth/sign-out',
      {
        config: { access: 'signed-in' },
        schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 204: z.null(), ...errors } },
      },
      async (req, reply) => {
        await auth.signOut(req.actor as UserActor, req.sessionToken!);
        reply.clearCookie(SESSION_COOKIE, cookieBase).clearCookie(CSRF_COOKIE, cookieBase);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/auth/me',
      {
        config: { access: 'signed-in' },
        schema: { tags: ['auth'], summary: 'Tài khoản đang đăng nhập', response: { 200: Me, ...errors } },
      },
      async (req) => auth.me(req.actor),
    );

    app.put(
      '/api/auth/me/locale',
      {
        config: { access: 'signed-in' },
        schema: {
          tags: ['auth'],
          summary: 'Đổi ngôn ngữ giao diện',
          body: UpdateLocaleBody,
          response: { 200: Me, ...errors },
        },
      },
      async (req) => auth.setLocale(req.actor, req.body.locale),
    );

    app.post(
      '/api/auth/me/password',
      {
        config: { access: 'signed-in' },
        schema: {
          tags: ['auth'],
          summary: 'Đổi mật khẩu',
          body: ChangePasswordBody,
          response: { 204: z.null(), 422: ErrorResponse, ...errors },
        },
      },
      async (req, reply) => {
        await auth.changePassword(req.actor, req.sessionToken, req.body);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/users',
      {
        config: { access: 'user:read' },
        schema: {
          tags: ['users'],
          summary: 'Danh sách người dùng (lọc theo từ khóa, vai trò, trạng thái)',
          querystring: UserQuery,
          response: { 200: UserList, ...errors },
        },
      },
      async (req) => ({ items: await auth.listUsers(req.actor, req.query) }),
    );

    app.post(
      '/api/users',
      {
        config: { access: 'user:manage' },
        schema: {
          tags: ['users'],
          summary: 'Thêm người dùng',
          body: CreateUserBody,
          response: { 201: UserSummary, 409: ErrorResponse, ...errors },
        },
      },
      async (req, reply) => reply.code(201).send(await auth.createUser(req.actor, req.body)),
    );

    app.patch(
      '/api/users/:id',
      {
        config: { access: 'user:manage' },
        schema: {
          tags: ['users'],
          summary: 'Sửa người dùng (họ tên, email, vai trò, phạm vi, trạng thái)',
          params: UserIdParams,
          body: UpdateUserBody,
          response: { 200: UserSummary, 409: ErrorResponse, 422: ErrorResponse, ...userErrors },
        },
      },
      async (req) => auth.updateUser(req.actor, req.params.id, req.body),
    );

    app.post(
      '/api/users/:id/password',
      {
        config: { access: 'user:manage' },
        schema: {
          tags: ['users'],
          summary: 'Đặt lại mật khẩu người dùng (mở khóa và kết thúc mọi phiên)',
          params: UserIdParams,
          body: SetUserPasswordBody,
          response: { 200: UserSummary, ...userErrors },
        },
      },
      async (req) => auth.setPasswordById(req.actor, req.params.id, req.body.password),
    );

    app.post(
      '/api/users/:id/unlock',
      {
        config: { access: 'user:manage' },
        schema: {
          tags: ['users'],
          summary: 'Mở khóa tài khoản người dùng',
          params: UserIdParams,
          response: { 200: UserSummary, ...userErrors },
        },
      },
      async (req) => auth.unlockUser(req.actor, req.params.id),
    );
  };
  return plugin;
}
