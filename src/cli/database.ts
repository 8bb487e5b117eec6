import { createApp } from '../app';
import { describeDemoAccounts, seedDemo } from '../demo/seed';
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

export async function seedCommand(options: { demo?: boolean }) {
  await withDatabase(async (database) => {
    const config = loadConfig();
    const app = await createApp({ database, config });
    const loaded = await seedReferenceData(app);
    console.log(
      loaded.length
        ? `Đã nạp / loaded: ${loaded.join(', ')}`
        : 'Dữ liệu danh mục đã mới nhất / reference data up to date',
    );
    if (options.demo) {
      const { created } = await seedDemo(app);
      console.log(
        created
          ? `Tài khoản mẫu / demo accounts:\n${describeDemoAccounts()}`
          : 'CSDL đã có người dùng: bỏ qua dữ liệu mẫu / users exist: demo skipped',
      );
    }
    await app.http.close();
  });
}
