import { createApp } from '../app';
import { describeDemoAccounts, describeLoad, describeProgress, seedDemo } from '../demo/seed';
import { openMigratedDatabase } from '../platform/db/database';
import { seedReferenceData } from '../seed';
import { describeDatabase, loadConfig } from './context';

export async function serveCommand(options: { port?: string; host?: string; demo?: boolean }) {
  const config = loadConfig();
  const started = Date.now();
  const database = await openMigratedDatabase(config);
  const app = await createApp({
    database,
    config,
    logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
  });
  await seedReferenceData(app);
  if (options.demo) {
    const { country } = await seedDemo(app, database.db, {
      onProgress: (p) => console.log(describeProgress(p)),
    });
    if (country) console.log(describeLoad(country));
  }

  const port = Number(options.port ?? config.port);
  const host = options.host ?? config.host;
  await app.http.listen({ port, host });

  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  console.log(`\nIZA đang chạy tại / running at  http://${shown}:${port}`);
  console.log(
    `CSDL / database: ${describeDatabase(config.databaseUrl, config.dataDir)}  (khởi động ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (options.demo)
    console.log(`\nTài khoản mẫu (tên đăng nhập, mật khẩu, vai trò) / demo accounts:\n${describeDemoAccounts()}\n`);

  const stop = async () => {
    await app.http.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
