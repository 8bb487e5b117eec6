import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';

export const ROLES = ['admin', 'ministry', 'board_leader', 'board_officer', 'developer', 'enterprise'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  // The ministry in charge of KCN/KKT since 1 March 2025 (MPI merged into MoF, Resolution 176/2025/QH15).
  ministry: { vi: 'Cán bộ Bộ Tài chính', en: 'Ministry of Finance staff' },
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
  email: z.string().nullable(),
  active: z.boolean(),
  failedAttempts: z.number().int().describe('wrong passwords since the last sign-in or lockout'),
  lockedUntil: z.string().datetime().nullable(),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime().describe('send back as `updatedAt` when changing the user'),
});
export type UserSummary = z.infer<typeof UserSummary>;
export const UserList = z.object({ items: z.array(UserSummary) });

// ——— User administration (administrators) ———

export const BOARD_ROLES = ['board_leader', 'board_officer'] as const satisfies readonly Role[];
export const ENTERPRISE_ROLES = ['developer', 'enterprise'] as const satisfies readonly Role[];

/** Which scope a role carries: a Board's province, an enterprise, or none. */
export function roleScope(role: Role): 'province' | 'enterprise' | 'none' {
  if ((BOARD_ROLES as readonly Role[]).includes(role)) return 'province';
  if ((ENTERPRISE_ROLES as readonly Role[]).includes(role)) return 'enterprise';
  return 'none';
}

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,50}$/;

export const Username = z
  .string()
  .trim()
  .regex(
    USERNAME_PATTERN,
    bilingual(
      'Tên đăng nhập gồm 3–50 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.',
      'A username has 3–50 characters: lowercase letters without accents, digits, dot, dash, underscore.',
    ),
  );

const DisplayName = z
  .string()
  .trim()
  .min(1, bilingual('Hãy nhập họ tên.', 'Enter the name.'))
  .max(200, bilingual('Họ tên quá dài.', 'The name is too long.'));

const Email = z
  .string()
  .trim()
  .max(254, bilingual('Địa chỉ email quá dài.', 'The email address is too long.'))
  .email(bilingual('Địa chỉ email không hợp lệ.', 'Invalid email address.'));

/**
 * A province's GSO code (two digits). The service also checks that a province with this code is
 * in force today (when the reference data is loaded).
 */
export const ProvinceCode = z
  .string()
  .regex(/^\d{2}$/, bilingual('Mã tỉnh gồm 2 chữ số.', 'A province code has two digits.'));

const EnterpriseId = z.string().uuid(bilingual('Mã doanh nghiệp không hợp lệ.', 'Invalid enterprise id.'));

export const CreateUserBody = z.object({
  username: Username,
  displayName: DisplayName,
  email: Email.nullable().optional(),
  role: Role,
  provinceCode: ProvinceCode.nullable().optional().describe('required for board roles, refused for the others'),
  enterpriseId: EnterpriseId.nullable()
    .optional()
    .describe('developer and enterprise roles only (the registry adds the foreign key)'),
  password: NewPassword,
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z.object({
  updatedAt: z
    .string()
    .datetime(bilingual('Thiếu thời điểm cập nhật của bản ghi.', 'The record’s updatedAt is missing.'))
    .describe('the user’s updatedAt as last read; a different value means someone else changed it (409)'),
  displayName: DisplayName.optional(),
  email: Email.nullable().optional(),
  role: Role.optional(),
  provinceCode: ProvinceCode.nullable().optional(),
  enterpriseId: EnterpriseId.nullable().optional(),
  active: z.boolean().optional().describe('false ends the user’s sessions'),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const SetUserPasswordBody = z.object({ password: NewPassword });

export const UserIdParams = z.object({
  id: z.string().uuid(bilingual('Mã người dùng không hợp lệ.', 'Invalid user id.')),
});

export const UserQuery = z.object({
  q: z.string().trim().max(100).optional().describe('part of the username, name or email'),
  role: Role.optional(),
  active: z.enum(['true', 'false']).optional(),
});
export type UserQuery = z.infer<typeof UserQuery>;

/** Problems of a role's scope, by field (empty when the scope fits the role). */
export function scopeIssues(
  role: Role,
  scope: { provinceCode?: string | null; enterpriseId?: string | null },
): Partial<Record<'provinceCode' | 'enterpriseId', { vi: string; en: string }>> {
  const kind = roleScope(role);
  const issues: Partial<Record<'provinceCode' | 'enterpriseId', { vi: string; en: string }>> = {};
  if (kind === 'province' && !scope.provinceCode) {
    issues.provinceCode = {
      vi: 'Vai trò Ban Quản lý cần chọn tỉnh, thành phố của Ban.',
      en: 'Board roles need the Board’s province.',
    };
  }
  if (kind !== 'province' && scope.provinceCode) {
    issues.provinceCode = {
      vi: 'Chỉ vai trò Ban Quản lý mới gắn với tỉnh, thành phố.',
      en: 'Only Board roles carry a province.',
    };
  }
  if (kind !== 'enterprise' && scope.enterpriseId) {
    issues.enterpriseId = {
      vi: 'Chỉ chủ đầu tư hạ tầng và doanh nghiệp mới gắn với doanh nghiệp.',
      en: 'Only developer and enterprise users carry an enterprise.',
    };
  }
  return issues;
}

export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'iza_session';
export const CSRF_COOKIE = 'iza_csrf';
