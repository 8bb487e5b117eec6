import { defineMessages } from '../../app/define-messages';

/** The report's files (list as Excel, the PDF) and the Board's edit of an accepted report. */
export const filesMessages = defineMessages(
  {
    'reporting.exportExcel': 'Xuất Excel',
    'reporting.print': 'In / Tải PDF',
    'reporting.excel.filled': 'Đã điền số liệu từ tệp Excel vào biểu mẫu (dòng {row}). Hãy kiểm tra rồi lưu hoặc nộp.',
    'reporting.excel.filledProblems':
      'Đã điền số liệu từ tệp Excel vào biểu mẫu; {count} ô chưa đọc được hoặc chưa hợp lệ được đánh dấu trên chỉ tiêu. Hãy sửa rồi lưu hoặc nộp.',
    'reporting.boardEdit.action': 'Sửa báo cáo',
    'reporting.boardEdit.title': 'Sửa báo cáo đã tiếp nhận {code}',
    'reporting.boardEdit.hint':
      'Số liệu sửa vẫn phải qua các kiểm tra như khi nộp; số liệu bất thường (nhất là gấp khoảng 1.000 lần) phải được xác nhận kèm lý do. Vòng đời báo cáo ghi lại giá trị trước và sau khi sửa.',
    'reporting.boardEdit.reason': 'Lý do sửa',
    'reporting.boardEdit.reasonRequired': 'Hãy ghi lý do sửa báo cáo đã tiếp nhận.',
    'reporting.boardEdit.save': 'Lưu thay đổi',
    'reporting.boardEdit.done': 'Đã sửa báo cáo {code}',
    'reporting.boardEdit.warningHint':
      'Thay đổi chưa được lưu. Sửa số liệu, hoặc đánh dấu xác nhận và ghi lý do ngay dưới ô đó',
  },
  {
    'reporting.exportExcel': 'Export to Excel',
    'reporting.print': 'Print / PDF',
    'reporting.excel.filled': 'The Excel figures (row {row}) are in the form. Check them, then save or submit.',
    'reporting.excel.filledProblems':
      'The Excel figures are in the form; {count} cell(s) could not be read or are invalid and are marked on their fields. Fix them, then save or submit.',
    'reporting.boardEdit.action': 'Edit report',
    'reporting.boardEdit.title': 'Edit accepted report {code}',
    'reporting.boardEdit.hint':
      'The edited figures go through the same checks as a submission; an out-of-line figure (above all about 1,000×) must be confirmed with a reason. The lifecycle records the values before and after.',
    'reporting.boardEdit.reason': 'Reason for the edit',
    'reporting.boardEdit.reasonRequired': 'Give the reason for editing an accepted report.',
    'reporting.boardEdit.save': 'Save changes',
    'reporting.boardEdit.done': 'Report {code} edited',
    'reporting.boardEdit.warningHint':
      'The changes are not saved. Correct the figure, or tick the confirmation and give the reason right below it',
  },
);
