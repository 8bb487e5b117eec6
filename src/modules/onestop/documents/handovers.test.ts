import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { StepReading } from '../clock';
import type { ProcedureStep } from '../contract';
import { type HandoverEvent, handoversOf } from './handovers';
import { limitText } from './limit-text';
import { supplementItems } from './service';
import { trackingBookXlsx } from './tracking-book';

const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);
const ev = (
  type: string,
  when: string,
  payload: Record<string, unknown> = {},
  reason: string | null = null,
): HandoverEvent => ({
  type,
  at: at(when),
  actorName: 'Lê Văn Đức',
  fromState: null,
  reason,
  payload,
});
const steps = [{ key: 'appraise', nameVi: 'Thẩm định hồ sơ' }] as ProcedureStep[];

describe('control slip lines', () => {
  it('lists every hand-over with who, when and its timeliness', () => {
    const reading = {
      step: 'appraise',
      finishedAt: at('2026-03-05 10:00'),
      dueAt: at('2026-03-04 17:00'),
      timeliness: 'late',
    } as StepReading;
    const lines = handoversOf({
      events: [
        ev('receive', '2026-03-02 15:30'),
        ev('transfer', '2026-03-03 09:00', {
          fromUnit: 'one_stop',
          toUnit: 'labour',
          handoverDueBy: at('2026-03-03 07:00').toISOString(),
          handoverLate: true,
        }),
        ev('assign', '2026-03-03 10:00', { officerId: 'u1' }),
        ev('start_step', '2026-03-03 10:00', { step: 'appraise' }),
        ev('finish_step', '2026-03-05 10:00', { step: 'appraise' }),
        ev('decide', '2026-03-06 10:00', { result: 'granted' }),
        ev('return_result', '2026-03-09 08:00'),
      ],
      applicantName: 'Công ty TNHH Minh An',
      dueAt: at('2026-03-16 17:00'),
      steps,
      stepReadings: [reading],
      officerNames: new Map([['u1', 'Trần Thị Thu Hà']]),
    });
    expect(lines.map((l) => [l.step, l.fromName, l.toName, l.timeliness])).toEqual([
      ['Tiếp nhận hồ sơ', 'Công ty TNHH Minh An', 'Bộ phận Một cửa (Lê Văn Đức)', null],
      ['Chuyển hồ sơ', 'Bộ phận Một cửa (Lê Văn Đức)', 'Phòng Quản lý lao động', 'late'],
      ['Phân công xử lý', 'Phòng Quản lý lao động (Lê Văn Đức)', 'Trần Thị Thu Hà', null],
      ['Thẩm định hồ sơ', 'Lê Văn Đức', 'Phòng Quản lý lao động', 'late'],
      ['Phê duyệt kết quả', 'Trần Thị Thu Hà', 'Lãnh đạo Ban (Lê Văn Đức)', 'early'],
      ['Trả kết quả', 'Bộ phận Một cửa (Lê Văn Đức)', 'Công ty TNHH Minh An', null],
    ]);
    expect(lines[3]?.dueAt).toEqual(at('2026-03-04 17:00'));
  });
});

describe('form helpers', () => {
  it('splits a supplement list typed one item a line or by semicolons, "document: reason"', () => {
    expect(supplementItems('Hộ chiếu: chưa chứng thực; Phiếu lý lịch tư pháp\n')).toEqual([
      { document: 'Hộ chiếu', reason: 'chưa chứng thực' },
      { document: 'Phiếu lý lịch tư pháp', reason: '' },
    ]);
    expect(supplementItems(null)).toEqual([]);
  });

  it('writes limits as procedures publish them', () => {
    expect(limitText({ unit: 'working_day', amount: 10 })).toBe('10 ngày làm việc');
    expect(limitText({ unit: 'working_day', amount: 0.5 })).toBe('0,5 ngày làm việc');
    expect(limitText({ unit: 'calendar_day', amount: 15 })).toBe('15 ngày');
  });
});

describe('tracking book (form 07)', () => {
  it('has the title, the range, one row per dossier with Hà Nội wall times', async () => {
    const buffer = await trackingBookXlsx({
      agencyName: 'Ban Quản lý các khu công nghiệp Hà Nội',
      fromLabel: '01/03/2026',
      toLabel: '31/03/2026',
      rows: [
        {
          code: 'BQL01-260302-0001',
          procedureName: 'Cấp giấy phép lao động',
          sets: 1,
          applicantName: 'Công ty TNHH Minh An',
          applicantContact: 'Lô A1, KCN Thăng Long; 024 3888 1234',
          unitName: 'Phòng Quản lý lao động',
          receivedAt: at('2026-03-02 08:00'),
          dueAt: at('2026-03-16 17:00'),
          transferredAt: at('2026-03-02 09:00'),
          resultReadyAt: at('2026-03-12 10:00'),
          returnedAt: null,
          note: 'Đã có kết quả, chờ trả; trước hạn',
        },
      ],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell('A2').value).toBe('SỔ THEO DÕI HỒ SƠ');
    expect(String(sheet.getCell('A3').value)).toContain('Từ ngày 01/03/2026 đến ngày 31/03/2026');
    expect(sheet.getRow(6).getCell(2).value).toBe('BQL01-260302-0001');
    // Excel has no time zones: the cell holds Hà Nội wall time.
    expect((sheet.getRow(6).getCell(8).value as Date).toISOString()).toBe('2026-03-02T08:00:00.000Z');
    expect(sheet.getRow(6).getCell(12).value).toBeNull();
    expect(String(sheet.getRow(7).getCell(1).value)).toBe('Tổng số: 1 hồ sơ');
  });
});
