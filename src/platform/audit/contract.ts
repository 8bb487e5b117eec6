import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, bilingual('Ngày phải có dạng YYYY-MM-DD.', 'Dates look like YYYY-MM-DD.'));

export const AuditQuery = z.object({
  actor: z.string().trim().max(100).optional().describe('username (exact) or part of the actor label'),
  action: z.string().trim().max(100).optional().describe('action prefix, e.g. "auth." or "user.create"'),
  entityType: z.string().trim().max(100).optional(),
  entityId: z.string().trim().max(200).optional(),
  from: isoDate.optional().describe('first day, Asia/Ho_Chi_Minh'),
  to: isoDate.optional().describe('last day, inclusive, Asia/Ho_Chi_Minh'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string().datetime(),
  actorId: z.string().uuid().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z.object({
  items: z.array(AuditEntry),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/**
 * What each audit action means, for people reading the log. A code missing here is shown as
 * itself, so a module that adds actions adds their labels here too.
 */
export const AUDIT_ACTION_LABELS: Record<string, { vi: string; en: string }> = {
  'auth.sign_in': { vi: 'Đăng nhập', en: 'Signed in' },
  'auth.sign_in_failed': { vi: 'Đăng nhập không thành công', en: 'Failed sign-in' },
  'auth.locked': { vi: 'Tạm khóa tài khoản (sai mật khẩu nhiều lần)', en: 'Account locked (repeated wrong passwords)' },
  'auth.sign_out': { vi: 'Đăng xuất', en: 'Signed out' },
  'user.create': { vi: 'Tạo người dùng', en: 'User created' },
  'user.update': { vi: 'Sửa người dùng', en: 'User edited' },
  'user.activate': { vi: 'Mở lại tài khoản', en: 'Account reactivated' },
  'user.deactivate': { vi: 'Ngừng tài khoản', en: 'Account deactivated' },
  'user.set_password': { vi: 'Đặt lại mật khẩu', en: 'Password reset' },
  'user.change_password': { vi: 'Đổi mật khẩu', en: 'Password changed' },
  'user.unlock': { vi: 'Mở khóa tài khoản', en: 'Account unlocked' },
  'user.set_locale': { vi: 'Đổi ngôn ngữ giao diện', en: 'Interface language changed' },
  'calendar.set_day': { vi: 'Ghi ngày theo quyết định', en: 'Calendar day recorded' },
  'calendar.remove_day': { vi: 'Xóa ngày trong lịch', en: 'Calendar day removed' },
  'calendar.confirm_year': { vi: 'Xác nhận lịch năm', en: 'Calendar year confirmed' },
  'reference.load': { vi: 'Nạp dữ liệu danh mục', en: 'Reference data loaded' },
  'zone.create': { vi: 'Tạo khu kinh tế', en: 'Economic zone created' },
  'zone.update': { vi: 'Sửa khu kinh tế', en: 'Economic zone edited' },
  'zone.area_value.record': { vi: 'Ghi diện tích khu chức năng', en: 'Functional area recorded' },
  'zone.special_zone.create': { vi: 'Thêm khu phi thuế quan, thương mại tự do, bảo thuế', en: 'Special zone added' },
  'zone.special_zone.update': { vi: 'Sửa khu phi thuế quan, thương mại tự do, bảo thuế', en: 'Special zone edited' },
  'zone.special_zone.status': { vi: 'Ghi trạng thái khu phi thuế quan, bảo thuế', en: 'Special zone status recorded' },
  'zone.special_zone.wastewater': {
    vi: 'Ghi nhà máy xử lý nước thải của khu phi thuế quan, bảo thuế',
    en: 'Special zone wastewater plant recorded',
  },
  'zone.special_zone.area': { vi: 'Ghi diện tích khu phi thuế quan, bảo thuế', en: 'Special zone area recorded' },
  'park.create': { vi: 'Tạo khu công nghiệp', en: 'Industrial park created' },
  'park.update': { vi: 'Sửa khu công nghiệp', en: 'Industrial park edited' },
  'park.event.record': { vi: 'Ghi sự kiện của KCN', en: 'Park event recorded' },
  'park.land_value.record': { vi: 'Ghi số liệu đất của KCN', en: 'Park land recorded' },
  'park.infrastructure_progress.record': {
    vi: 'Ghi mức độ hoàn thiện hạ tầng của KCN',
    en: 'Park infrastructure completion recorded',
  },
  'park.infrastructure_project.set': { vi: 'Gắn dự án hạ tầng của KCN', en: 'Park infrastructure project linked' },
  'park.wastewater_plant.create': { vi: 'Thêm nhà máy xử lý nước thải của KCN', en: 'Park wastewater plant added' },
  'park.wastewater_plant.update': { vi: 'Sửa nhà máy xử lý nước thải của KCN', en: 'Park wastewater plant edited' },
  'park.wastewater_plant.record': {
    vi: 'Ghi trạng thái, công suất nhà máy xử lý nước thải',
    en: 'Wastewater plant status recorded',
  },
  'enterprise.create': { vi: 'Tạo doanh nghiệp', en: 'Enterprise created' },
  'enterprise.update': { vi: 'Sửa doanh nghiệp', en: 'Enterprise edited' },
  'enterprise.update_contact': { vi: 'Cập nhật thông tin liên hệ doanh nghiệp', en: 'Enterprise contact updated' },
  'investor.create': { vi: 'Tạo nhà đầu tư', en: 'Investor created' },
  'investor.update': { vi: 'Sửa nhà đầu tư', en: 'Investor edited' },
  'exchange_rate.create': { vi: 'Ghi tỷ giá', en: 'Exchange rate recorded' },
  'project.create': { vi: 'Tạo dự án và cấp GCNĐKĐT', en: 'Project created and certificate issued' },
  'project.record_event': { vi: 'Ghi sự kiện GCNĐKĐT', en: 'Certificate event recorded' },
  'registry.import': { vi: 'Nhập dữ liệu từ tệp Excel', en: 'Excel file imported' },
  'project.update': { vi: 'Sửa thông tin dự án', en: 'Project edited' },
  'report.create': { vi: 'Lập báo cáo tình hình thực hiện dự án', en: 'Project report created' },
  'report.update': { vi: 'Sửa báo cáo tình hình thực hiện dự án', en: 'Project report edited' },
  'report.submit': { vi: 'Nộp báo cáo tình hình thực hiện dự án', en: 'Project report submitted' },
  'report.accept': { vi: 'Tiếp nhận báo cáo tình hình thực hiện dự án', en: 'Project report accepted' },
  'report.request_revision': { vi: 'Yêu cầu chỉnh sửa báo cáo', en: 'Report revision requested' },
  'report.board_edit': { vi: 'Ban quản lý sửa báo cáo đã tiếp nhận', en: 'Accepted report edited by the Board' },
  'report.delete': { vi: 'Xóa báo cáo nháp', en: 'Draft report deleted' },
  'report.reopen': { vi: 'Mở lại kỳ báo cáo cho một dự án', en: 'Reporting period reopened for a project' },
  'project.realised_capital.record': { vi: 'Ghi vốn thực hiện', en: 'Realised capital recorded' },
  'project.realised_capital.remove': { vi: 'Xóa vốn thực hiện của một kỳ', en: 'Realised capital removed' },
  'form.prepare': { vi: 'Lập biểu thống kê (chốt số liệu)', en: 'Statistical form prepared' },
  'form.submit': { vi: 'Trình lãnh đạo duyệt biểu thống kê', en: 'Statistical form submitted to the leader' },
  'form.approve': { vi: 'Phê duyệt và gửi biểu thống kê lên Bộ', en: 'Statistical form approved and sent' },
  'form.return': { vi: 'Trả lại biểu thống kê để chỉnh sửa', en: 'Statistical form returned' },
  'form.accept': { vi: 'Bộ tiếp nhận biểu thống kê', en: 'Statistical form accepted' },
  'form.request_revision': { vi: 'Bộ yêu cầu chỉnh sửa biểu thống kê', en: 'Statistical form revision requested' },
  'demo.load': { vi: 'Nạp dữ liệu mẫu (quốc gia giả lập)', en: 'Demo country loaded' },
  'emulation.members.set': { vi: 'Ghi thành viên và vai trò của khối thi đua trong năm', en: "Block's members and roles for a year set" },
  'emulation.rotation': { vi: 'Luân phiên khối trưởng, khối phó sang năm sau', en: 'Block leader and deputy rotated to the next year' },
  'emulation.conference_day': { vi: 'Ghi hội nghị tổng kết năm của khối', en: "Block's year-end conference recorded" },
  'emulation.staff.add': { vi: 'Thêm cán bộ của đơn vị thi đua', en: 'Staff member added' },
  'emulation.staff.move': { vi: 'Điều động, bổ nhiệm cán bộ', en: 'Staff member moved or appointed' },
  'emulation.conference.create': { vi: 'Ghi hội nghị của khối, Câu lạc bộ', en: 'Conference recorded' },
  'emulation.conference.update': { vi: 'Sửa hội nghị của khối, Câu lạc bộ', en: 'Conference updated' },
  'emulation.movement.create': { vi: 'Phát động phong trào thi đua', en: 'Emulation movement launched' },
  'emulation.movement.update': { vi: 'Sửa phong trào thi đua', en: 'Emulation movement updated' },
  'emulation.pact.draft': { vi: 'Soạn giao ước thi đua', en: 'Emulation pact drafted' },
  'emulation.pact.targets': { vi: 'Đăng ký chỉ tiêu giao ước thi đua', en: 'Pact targets registered' },
  'emulation.pact.sign': { vi: 'Ký giao ước thi đua', en: 'Emulation pact signed' },
  'emulation.registration.add': { vi: 'Đăng ký danh hiệu thi đua', en: 'Title registration added' },
  'emulation.registration.remove': { vi: 'Bỏ đăng ký danh hiệu thi đua', en: 'Title registration removed' },
};
