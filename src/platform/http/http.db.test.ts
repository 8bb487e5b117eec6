import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const inject = (opts: InjectOptions) => t.app.http.inject(opts);

describe('one error shape for every failure', () => {
  it('404 for an unknown API address', async () => {
    const res = await inject({ method: 'GET', url: '/api/khong-co' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'Không tìm thấy địa chỉ yêu cầu.', messageEn: 'No such address.' },
    });
  });

  it('400 for malformed JSON', async () => {
    const res = await inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'BAD_REQUEST', message: 'Dữ liệu JSON không hợp lệ.' });
  });

  it('413 for a body over the limit', async () => {
    const res = await inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'a', password: 'x'.repeat(100_000) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('415 for a form post instead of JSON', async () => {
    const res = await inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'username=a&password=b',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toMatch(/JSON/);
  });

  it('400 with field errors for a wrong type', async () => {
    const res = await inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 5, password: ['x'] } });
    expect(res.statusCode).toBe(400);
    const { fields } = res.json().error;
    expect(fields['body.username'].message).toMatch(/không hợp lệ/);
    expect(fields['body.username'].messageEn).toMatch(/Invalid input/);
  });

  it('keeps a well-formed request id given by the caller', async () => {
    const res = await inject({
      method: 'GET',
      url: '/api/geo/provinces?date=2025-01-01',
      headers: { 'x-request-id': 'req-test-12345' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-request-id']).toBe('req-test-12345');
  });
});

describe('security headers and health', () => {
  it('sends a Content-Security-Policy and the usual hardening headers', async () => {
    const res = await inject({ method: 'GET', url: '/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('checks the database in /health', async () => {
    const res = await inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: 'ok' });
  });
});

describe('OpenAPI', () => {
  it('documents every route with its request and response schemas', async () => {
    const doc = (await inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    const documented = new Set<string>();
    for (const [p, ops] of Object.entries(
      doc.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>,
    )) {
      for (const [method, op] of Object.entries(ops)) {
        documented.add(`${method.toUpperCase()} ${p}`);
        expect(
          Object.keys(op.responses).some((s) => s.startsWith('2')),
          `${method} ${p}`,
        ).toBe(true);
      }
    }
    const expected = t.app.http.routeTable
      .filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.url !== '/api/openapi.json')
      .map((r) => `${r.method} ${r.url.replace(/:([A-Za-z]+)/g, '{$1}')}`);
    expect(expected.length).toBeGreaterThan(15);
    for (const route of expected) expect(documented, route).toContain(route);
    const signIn = doc.paths['/api/auth/sign-in'].post;
    expect(signIn.requestBody.content['application/json'].schema.properties).toHaveProperty('password');
    expect(doc.paths['/api/audit'].get.parameters.map((p: { name: string }) => p.name)).toContain('entityType');
  });

  it('serves the interactive documentation', async () => {
    const res = await inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });
});
