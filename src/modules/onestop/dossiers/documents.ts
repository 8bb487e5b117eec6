/**
 * Documents of a dossier: uploads checked for format and size and kept in the database, and
 * downloads. The applicant uploads to its own open dossier; the Board's people to their province's.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { AppError, notFound } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { inTransaction } from '../../../platform/db/transaction';
import type { DocumentOut, UploadQuery } from './contract';
import { assertCanRead, type DossierDeps, loadDossier } from './deps';
import { checkDocument } from './files';
import { dossierDocuments } from './schema';
import { type DossierState, FINAL_STATES } from './states';

export function dossierDocumentUseCases(deps: DossierDeps) {
  const { db, clock } = deps;
  return {
    async upload(actor: Actor, id: string, meta: UploadQuery, content: Buffer): Promise<DocumentOut> {
      authorize(actor, 'dossier:act');
      const file = checkDocument(content);
      return inTransaction(db, async (tx) => {
        const row = await loadDossier(tx, id, true);
        assertCanRead(actor, row);
        if (actor.kind === 'user' && actor.role === 'enterprise' && FINAL_STATES.includes(row.state as DossierState)) {
          throw new AppError(
            'CONFLICT',
            'Hồ sơ đã kết thúc, không nộp thêm giấy tờ.',
            'The dossier is closed; no more documents.',
          );
        }
        // Results and notices are the Board's documents.
        if (
          actor.kind === 'user' &&
          actor.role === 'enterprise' &&
          (meta.kind === 'result' || meta.kind === 'notice')
        ) {
          throw new AppError(
            'FORBIDDEN',
            'Chỉ Ban Quản lý tải lên kết quả và thông báo.',
            'Only the Board uploads results and notices.',
          );
        }
        const [doc] = await tx
          .insert(dossierDocuments)
          .values({
            id: randomUUID(),
            dossierId: id,
            eventId: null,
            kind: meta.kind,
            title: meta.title,
            fileName: meta.fileName,
            format: file.format,
            mime: file.mime,
            sizeBytes: file.sizeBytes,
            sha256: file.sha256,
            content,
            uploadedAt: clock(),
            uploadedBy: actor.kind === 'user' ? actor.id : null,
          })
          .returning();
        const { content: _bytes, ...view } = doc!;
        await recordAudit(tx, actor, {
          action: 'dossier.upload_document',
          entityType: 'dossier',
          entityId: id,
          after: { code: row.code, document: view },
        });
        return {
          id: view.id,
          kind: view.kind,
          title: view.title,
          fileName: view.fileName,
          format: view.format,
          sizeBytes: view.sizeBytes,
          sha256: view.sha256,
          uploadedAt: view.uploadedAt.toISOString(),
        };
      });
    },

    async download(actor: Actor, id: string, documentId: string) {
      authorize(actor, 'dossier:read');
      const row = await loadDossier(db, id);
      assertCanRead(actor, row);
      const [doc] = await db
        .select()
        .from(dossierDocuments)
        .where(and(eq(dossierDocuments.id, documentId), eq(dossierDocuments.dossierId, id)));
      if (!doc) throw notFound('giấy tờ', 'Document');
      return { fileName: doc.fileName, mime: doc.mime, content: doc.content };
    },
  };
}
