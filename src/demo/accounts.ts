import type { Role } from '../platform/auth/contract';
import type { NewUser } from '../platform/auth/service';

/**
 * One demo account per role. They exist only in a database started with `npm start`
 * (`iza serve --demo` on an empty database); production (`iza serve`) never creates them.
 * Board accounts belong to the Board of Hà Nội (GSO 01).
 */
export const DEMO_ACCOUNTS: (NewUser & { role: Role })[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', password: 'IzaAdmin#2026' },
  { username: 'bo.taichinh', displayName: 'Nguyễn Thị Minh (Bộ Tài chính)', role: 'ministry', password: 'IzaBo#2026' },
  {
    username: 'bql.hanoi.lanhdao',
    displayName: 'Trần Văn Hùng (Lãnh đạo BQL Hà Nội)',
    role: 'board_leader',
    provinceCode: '01',
    password: 'IzaBql#2026',
  },
  {
    username: 'bql.hanoi',
    displayName: 'Lê Thu Hà (Chuyên viên BQL Hà Nội)',
    role: 'board_officer',
    provinceCode: '01',
    password: 'IzaBql#2026',
  },
  {
    username: 'chudautu',
    displayName: 'Phạm Quốc Anh (Chủ đầu tư hạ tầng)',
    role: 'developer',
    password: 'IzaCdt#2026',
  },
  { username: 'doanhnghiep', displayName: 'Đỗ Thị Lan (Doanh nghiệp)', role: 'enterprise', password: 'IzaDn#2026' },
];
