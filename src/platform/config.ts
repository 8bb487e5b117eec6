import path from 'node:path';

/** Everything the process reads from its environment, read once and in one place. */
export type Config = {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  /** Cookies get the Secure flag when the product is served over HTTPS (behind a proxy). */
  secureCookies: boolean;
  logLevel: string;
  bodyLimitBytes: number;
  webDistDir: string;
};

export const projectRoot = path.resolve(import.meta.dirname, '../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.IZA_DATA_DIR ?? path.join(projectRoot, '.iza')),
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    secureCookies: env.IZA_SECURE_COOKIES === '1',
    logLevel: env.LOG_LEVEL ?? 'info',
    bodyLimitBytes: Number(env.IZA_BODY_LIMIT ?? 1024 * 1024),
    webDistDir: path.join(projectRoot, 'dist', 'web'),
  };
}
