import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuthService } from '../auth/service';
import type { Database } from '../db/client';
import { type Access, registerAccessControl } from './access';
import { ErrorResponse, errorBody, handleError } from './errors';

/** Kept in one place so the web app's build can be checked against it (browser tests load every page under it). */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Ant Design writes its styles at run time (CSS-in-JS).
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

export type HttpOptions = {
  database: Database;
  auth: AuthService;
  bodyLimitBytes: number;
  logger: FastifyServerOptions['logger'];
  webDistDir?: string;
  /** Registers the modules' routes; the app root only composes. */
  modules: ((app: FastifyInstance) => Promise<void>)[];
};

export type RouteEntry = { method: string; url: string; access: Access | undefined };

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

export async function buildHttpApp(options: HttpOptions) {
  const app = Fastify({
    logger: options.logger,
    bodyLimit: options.bodyLimitBytes,
    trustProxy: true,
    // Keep a caller's id when it looks like one (a proxy or a client retry), so logs can be joined.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  // swagger-ui registers its own routes; they are public documentation.
  // Outside /api only the web app's files are served, and they are public; every API route
  // must declare its access (the access hook refuses one that does not).
  app.addHook('onRoute', (route) => {
    const declared = (route.config as { access?: Access } | undefined)?.access;
    const isApi = route.url.startsWith('/api/') && !route.url.startsWith('/api/docs');
    if (!isApi && declared === undefined) route.config = { ...(route.config ?? {}), access: 'public' };
  });
  // Every route with what it declares, so tests can prove access control for all of them.
  const routeTable: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routeTable.push({ method, url: route.url, access: route.config?.access });
    }
  });

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // The map and charts load nothing cross-origin; keep the stricter defaults.
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'IZA API',
        description: 'Hệ thống thông tin khu công nghiệp, khu kinh tế — Industrial-zone information system',
        version: '0.1.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'iza_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { docExpansion: 'list' },
  });
  registerAccessControl(app, options.auth);

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Tình trạng hệ thống và cơ sở dữ liệu',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.literal('ok'), engine: z.string() }),
          503: ErrorResponse,
        },
      },
    },
    async (_req, reply) => {
      try {
        await options.database.query('select 1');
        return { status: 'ok' as const, database: 'ok' as const, engine: options.database.engine };
      } catch {
        return reply
          .code(503)
          .send(errorBody('INTERNAL', 'Không kết nối được cơ sở dữ liệu.', 'The database is not reachable.'));
      }
    },
  );

  for (const register of options.modules) await register(app);

  const webDir = options.webDistDir;
  const hasWeb = webDir !== undefined && fs.existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      // Files are looked up per request, so a rebuilt web app is served without a restart.
      wildcard: true,
      index: 'index.html',
      setHeaders: (res, file) => {
        res.setHeader(
          'cache-control',
          file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }

  app.setNotFoundHandler((req, reply) => {
    // Client-side routes have no file extension; a missing asset must be a 404, not index.html.
    const pathname = req.url.split('?')[0] ?? '';
    const isPage =
      req.method === 'GET' &&
      !pathname.startsWith('/api/') &&
      pathname !== '/health' &&
      !/\.[a-z0-9]+$/i.test(pathname);
    if (hasWeb && isPage) {
      // Client-side routes: the web app decides what to show, including its own 404 page.
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send(errorBody('NOT_FOUND', 'Không tìm thấy địa chỉ yêu cầu.', 'No such address.'));
  });

  return Object.assign(app, { routeTable });
}

export type HttpApp = Awaited<ReturnType<typeof buildHttpApp>>;
