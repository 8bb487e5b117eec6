/**
 * The two project facts the national forms need beyond the certificate: the day production or
 * business began (Biểu 2104 "Số dự án đang SXKD", 2111/2113 status) and the special zone of its KKT
 * the project lies in (Biểu 2112). Checked the same way on create and on update.
 */
import type { FieldErrors } from '../../../kernel/errors';
import { field, validationFailed } from './common';
import type { PlaceScope, PlaceScopes } from './places';

export type ProjectFactsInput = {
  operationStartedOn: string | null;
  specialZoneId: string | null;
  /** The day the certificate was issued (operation cannot begin before it). */
  issuedOn: string | null;
  today: string;
};

export async function assertProjectFacts(
  places: PlaceScopes,
  place: PlaceScope | null,
  input: ProjectFactsInput,
): Promise<void> {
  const fields: FieldErrors = {};
  const started = input.operationStartedOn;
  if (started && started > input.today) {
    Object.assign(
      fields,
      field(
        'body.operationStartedOn',
        `Ngày ${started} chưa đến; chỉ ghi ngày dự án đã đi vào hoạt động.`,
        `${started} is in the future; record the day operation actually began.`,
      ),
    );
  } else if (started && input.issuedOn && started < input.issuedOn) {
    Object.assign(
      fields,
      field(
        'body.operationStartedOn',
        `Dự án không thể đi vào hoạt động (${started}) trước ngày được cấp giấy chứng nhận (${input.issuedOn}).`,
        `A project cannot start operating (${started}) before its certificate was issued (${input.issuedOn}).`,
      ),
    );
  }
  if (input.specialZoneId) {
    const special = await places.specialZoneOf(input.specialZoneId);
    if (!special) {
      Object.assign(fields, field('body.specialZoneId', 'Không tìm thấy khu chức năng này.', 'No such special zone.'));
    } else if (!place?.zoneId || special.zoneId !== place.zoneId) {
      Object.assign(
        fields,
        field(
          'body.specialZoneId',
          'Khu phi thuế quan / khu thương mại tự do / khu bảo thuế này không thuộc khu kinh tế của dự án.',
          'This non-tariff / free-trade / bonded zone does not belong to the project’s economic zone.',
        ),
      );
    }
  }
  if (Object.keys(fields).length) throw validationFailed(fields);
}
