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
