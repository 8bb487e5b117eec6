import { defineMessages } from '../../app/define-messages';

/** Reports by Excel: one report's template and upload, the Board's batch for a period. */
export const excelMessages = defineMessages(
  {
    'reporting.excel.title': 'Lập bằng Excel',
    'reporting.excel.oneHint':
      'Tải mẫu Excel của báo cáo này, điền rồi tải lên: số liệu được điền vào biểu mẫu (chưa lưu) để bạn kiểm tra, rồi lưu hoặc nộp',
    'reporting.excel.template': 'Tải mẫu Excel',
    'reporting.excel.upload': 'Tải tệp đã điền lên',
    'reporting.import.sheet': 'Trang tính',
    'reporting.import.row': 'Dòng',
    'reporting.import.column': 'Cột',
    'reporting.import.message': 'Lỗi',
    'reporting.import.wholeFile': 'Cả tệp',
    'reporting.nav.batch': 'Nhập Excel hàng loạt',
    'reporting.batch.intro':
      'Ban Quản lý nhập báo cáo của nhiều dự án một lần: tải mẫu của kỳ (mỗi dòng một dự án phải báo cáo), điền số liệu rồi tải lên. Nhập theo nguyên tắc tất cả hoặc không: có dòng sai thì không báo cáo nào được ghi và mọi lỗi được liệt kê theo dòng, cột.',
    'reporting.batch.step1': '1. Chọn kỳ và tải mẫu',
    'reporting.batch.step2': '2. Tải tệp đã điền lên',
    'reporting.batch.template': 'Tải mẫu Excel của kỳ',
    'reporting.batch.submit': 'Nộp luôn các báo cáo trong tệp (không chọn: lưu nháp để kiểm tra trên hệ thống)',
    'reporting.batch.drop': 'Kéo thả tệp .xlsx đã điền vào đây hoặc bấm để chọn tệp',
    'reporting.batch.running': 'Đang kiểm tra và ghi {file}…',
    'reporting.batch.done': 'Đã nhập {count} báo cáo của {period}',
    'reporting.batch.again': 'Nhập tệp khác',
    'reporting.batch.col.row': 'Dòng',
    'reporting.batch.col.project': 'Mã dự án',
    'reporting.batch.created': 'Lập mới',
    'reporting.batch.updated': 'Cập nhật bản nháp',
  },
  {
    'reporting.excel.title': 'Fill in Excel',
    'reporting.excel.oneHint':
      'Download this report’s Excel template, fill it and upload it: the figures fill the form (not saved yet) for you to check, then save or submit',
    'reporting.excel.template': 'Download the Excel template',
    'reporting.excel.upload': 'Upload the filled file',
    'reporting.import.sheet': 'Sheet',
    'reporting.import.row': 'Row',
    'reporting.import.column': 'Column',
    'reporting.import.message': 'Problem',
    'reporting.import.wholeFile': 'Whole file',
    'reporting.nav.batch': 'Batch Excel upload',
    'reporting.batch.intro':
      'The Board files many projects’ reports at once: download the period’s template (one row per project that must report), fill in the figures and upload it. All or nothing: if any row is wrong no report is written and every problem is listed by row and column.',
    'reporting.batch.step1': '1. Choose the period and download its template',
    'reporting.batch.step2': '2. Upload the filled file',
    'reporting.batch.template': 'Download the period’s Excel template',
    'reporting.batch.submit': 'Submit the file’s reports now (unticked: keep them as drafts to check online)',
    'reporting.batch.drop': 'Drop the filled .xlsx file here or click to choose it',
    'reporting.batch.running': 'Checking and writing {file}…',
    'reporting.batch.done': '{count} reports of {period} imported',
    'reporting.batch.again': 'Import another file',
    'reporting.batch.col.row': 'Row',
    'reporting.batch.col.project': 'Project code',
    'reporting.batch.created': 'Created',
    'reporting.batch.updated': 'Draft updated',
  },
);
