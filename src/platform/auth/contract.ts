import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';

export const ROLES = ['admin', 'ministry', 'board_leader', 'board_officer', 'developer', 'enterprise'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  ministry: { vi: 'Bộ Tài chính (Cục Đầu tư nước ngoài / Vụ quản lý KCN, KKT)', en: 'Ministry' },
  board_leader: { vi: 'Lãnh đạo Ban Quản lý', en: 'Management Board leader' },
  board_officer: { vi: 'Chuyên viên Ban Quản lý', en: 'Management Board officer' },
  developer: { vi: 'Chủ đầu tư hạ tầng', en: 'Infrastructure developer' },
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
};

export const Locale = z.enum(['vi', 'en']);
export type Locale = z.infer<typeof Locale>;

export const Scope = z.object({
  provinceCode: z.string().nullable().describe('GSO code of the Board’s province (board roles)'),
  enterpriseId: z.string().uuid().nullable().describe('The enterprise a developer or enterprise user acts for'),
});

export const Me = z.object({
  id: z.string().uuid(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  scope: Scope,
  locale: Locale,
});
export type Me = z.infer<typeof Me>;

export const SignInBody = z.object({
  username: z
    .string()
    .trim()
    .min(1, bilingual('Hãy nhập tên đăng nhập.', 'Enter your username.'))
    .max(100, bilingual('Tên đăng nhập quá dài.', 'The username is too long.')),
  password: z
    .string()
    .min(1, bilingual('Hãy nhập mật khẩu.', 'Enter your password.'))
    .max(200, bilingual('Mật khẩu quá dài.', 'The password is too long.')),
});

export const SignInResponse = z.object({
  user: Me,
  csrfToken: z.string().describe('Send back in the X-CSRF-Token header on every write'),
});

export const PASSWORD_MIN_LENGTH = 10;

export const NewPassword = z
  .string()
  .min(
    PASSWORD_MIN_LENGTH,
    bilingual(
      `Mật khẩu mới phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`,
      `The new password needs at least ${PASSWORD_MIN_LENGTH} characters.`,
    ),
  )
  .max(200, bilingual('Mật khẩu quá dài.', 'The password is too long.'))
  .refine(
    (p) => /\p{L}/u.test(p) && /\p{N}/u.test(p),
    bilingual('Mật khẩu mới phải có cả chữ và số.', 'The new password needs both letters and digits.'),
  );

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1, bilingual('Hãy nhập mật khẩu hiện tại.', 'Enter your current password.')),
  newPassword: NewPassword,
});

export const UpdateLocaleBody = z.object({ locale: Locale });

export const UserSummary = Me.extend({
  active: z.boolean(),
  lockedUntil: z.string().datetime().nullable(),
  createdAt: z.string().datetime(),
});
export type UserSummary = z.infer<typeof UserSummary>;
export const UserList = z.object({ items: z.array(UserSummary) });

export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'iza_session';
export const CSRF_COOKIE = 'iza_csrf';
