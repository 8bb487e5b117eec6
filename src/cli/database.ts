import { createApp } from '../app';
import { describeDemoAccounts, describeLoad, describeProgress, seedDemo } from '../demo/seed';
import { AppError } from '../kernel/errors';
import { seedReferenceData } from '../seed';
import { describeDatabase, loadConfig, withDatabase } from './context';

export async function migrateCommand() {
  const config = loadConfig();
  await withDatabase(async () => {
    console.log(
      `Đã cập nhật cấu trúc CSDL / migrations applied: ${describeDatabase(config.databaseUrl, config.dataDir)}`,
    );
  });
}

function numberOption(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n)) {
    throw new AppError(
      'VALIDATION_FAILED',
      `--${name} phải là một số: "${text}".`,
      `--${name} must be a number: "${text}".`,
    );
  }
  return n;
}

export async function seedCommand(
  dataset: string | undefined,
  options: { demo?: boolean; scale?: string; seed?: string; reportsFrom?: string },
) {
  if (dataset !== undefined && dataset !== 'demo') {
    throw new AppError(
      'VALIDATION_FAILED',
      `Không có bộ dữ liệu "${dataset}" (chỉ có: demo).`,
      `There is no dataset "${dataset}" (only: demo).`,
    );
  }
  const demo = dataset === 'demo' || options.demo === true;
  const scale = numberOption(options.scale, 'scale');
  const seed = numberOption(options.seed, 'seed');
  // Quarterly and annual reports from that year on (e.g. 2015, as the reporting issue asks); by
  // default the last five years, which keeps a first start near the registry's own load time.
  const reportsFrom = numberOption(options.reportsFrom, 'reports-from');
  const thisYear = new Date().getUTCFullYear();
  if (reportsFrom !== undefined && (!Number.isInteger(reportsFrom) || reportsFrom < 2006 || reportsFrom > thisYear)) {
    throw new AppError(
      'VALIDATION_FAILED',
      `--reports-from là một năm từ 2006 (Luật Đầu tư 2005) đến ${thisYear}: "${options.reportsFrom}".`,
      `--reports-from is a year from 2006 (Law on Investment 2005) to ${thisYear}: "${options.reportsFrom}".`,
    );
  }
  await withDatabase(async (database) => {
    const config = loadConfig();
    const app = await createApp({ database, config });
    const loaded = await seedReferenceData(app);
    console.log(
      loaded.length
        ? `Đã nạp / loaded: ${loaded.join(', ')}`
        : 'Dữ liệu danh mục đã mới nhất / reference data up to date',
    );
    if (demo) {
      const { country, accountsCreated } = await seedDemo(app, database.db, {
        ...(scale === undefined ? {} : { scale }),
        ...(seed === undefined ? {} : { seed }),
        ...(reportsFrom === undefined ? {} : { reports: { annualFrom: reportsFrom, quarterlyFrom: reportsFrom } }),
        onProgress: (p) => console.log(describeProgress(p)),
      });
      console.log(
        country
          ? describeLoad(country)
          : 'Sổ đăng ký đã có dữ liệu: bỏ qua quốc gia mẫu / the registry has records: demo country skipped',
      );
      console.log(
        accountsCreated
          ? `Tài khoản mẫu / demo accounts:\n${describeDemoAccounts()}`
          : 'CSDL đã có người dùng: bỏ qua tài khoản mẫu / users exist: demo accounts skipped',
      );
    }
    await app.http.close();
  });
}
