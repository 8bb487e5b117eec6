/**
 * Mẫu A.5 (18 indicators of an eco-park: ENV, PM, SOC, ECO) and Mẫu B.5 (5 indicators of an
 * eco-enterprise), national-forms.md §B.19–B.20. All rows are required. A.5 ENV.1 is the count of
 * operating symbiosis links (locked). B.5's per-row ranges (20–100 %, 75–100 %) read as legal minimums
 * while the same spec says "0–100 %" elsewhere: values from 0 are accepted and a value below the
 * minimum gets a warning.
 */
import { section } from './build';
import type { EcoReportVersion } from './types';

const env = section('ENV');
const pm = section('PM');
const soc = section('SOC');
const eco = section('ECO');

const basis = (form: string) => [
  'Nghị định 35/2022/NĐ-CP ngày 28/5/2022, Điều 37, 38 và 43',
  `Thông tư 05/2025/TT-BKHĐT (biểu mẫu ${form} của hệ thống thông tin quốc gia về KCN)`,
];
const SECTIONS = [
  { id: 'ENV', title: { vi: 'I. Môi trường', en: 'I. Environment' } },
  { id: 'PM', title: { vi: 'II. Quản lý khu công nghiệp', en: 'II. Park management' } },
  { id: 'SOC', title: { vi: 'III. Xã hội', en: 'III. Social' } },
  { id: 'ECO', title: { vi: 'IV. Kinh tế', en: 'IV. Economic' } },
];
const WINDOW = { opensMonthDay: '01-01', deadlineMonthDay: '03-31' };

export const A5_V1: EcoReportVersion = {
  id: 'A.5-2022',
  form: 'A.5',
  name: {
    vi: 'Chỉ tiêu hiệu quả kinh tế, xã hội, môi trường của KCN sinh thái (Mẫu A.5)',
    en: 'Eco-park economic, social and environmental indicators (Form A.5)',
  },
  filer: 'developer',
  legalBasis: basis('A.5'),
  effectiveFrom: '2022-07-15',
  effectiveTo: null,
  window: WINDOW,
  sections: SECTIONS,
  fields: [
    env.count('ENV.1', 'ENV_1', 'Cộng sinh công nghiệp', 'Industrial symbiosis links', {
      prefill: 'symbiosis.links',
      required: true,
    }),
    env.percent('ENV.3', 'ENV_3', 'Tuần hoàn tái sử dụng nước thải công nghiệp', 'Industrial wastewater reused', {
      required: true,
    }),
    env.yesNo('ENV.4', 'ENV_4', 'Giám sát giảm phát thải khí nhà kính', 'GHG monitoring and reduction'),
    env.yesNo(
      'ENV.5',
      'ENV_5',
      'Xây dựng và thực hiện cơ chế phối hợp giám sát đầu vào và đầu ra về sử dụng nguyên vật liệu, nước, năng lượng, hóa chất, chất thải, phế liệu trong KCN',
      'Input/output monitoring of materials, water, energy, chemicals, waste and scrap in the park',
    ),
    env.yesNo('ENV.6', 'ENV_6', 'Báo cáo phát triển bền vững', 'Sustainability report'),
    pm.yesNo('PM.1', 'PM_1', 'Hệ thống giám sát khung về rủi ro', 'Risk-monitoring framework'),
    pm.yesNo('PM.2', 'PM_2', 'Kế hoạch ứng phó rủi ro', 'Risk (climate) response plan'),
    pm.yesNo('PM.3', 'PM_3', 'Đơn vị hỗ trợ phát triển khu công nghiệp sinh thái', 'Eco-park support unit'),
    pm.yesNo('PM.4', 'PM_4', 'Thành lập mới khu công nghiệp sinh thái', 'New eco-park established'),
    soc.yesNo(
      'SOC.3',
      'SOC_3',
      'Cơ sở hạ tầng xã hội phục vụ người lao động trong khu công nghiệp',
      'Social infrastructure for workers',
    ),
    soc.yesNo('SOC.5', 'SOC_5', 'Cán bộ quản lý khu công nghiệp', 'Dedicated staff for social indicators'),
    soc.yesNo('SOC.7', 'SOC_7', 'Duy trì kết nối và đối thoại với cộng đồng', 'Community engagement and dialogue'),
    eco.yesNo('ECO.1', 'ECO_1', 'Hợp tác kinh tế', 'Economic cooperation'),
    eco.yesNo(
      'ECO.2',
      'ECO_2',
      'Quảng bá thông tin về phát triển khu công nghiệp sinh thái',
      'Promotion of the eco-park model',
    ),
    eco.yesNo('ECO.3', 'ECO_3', 'Tối đa hóa lợi ích cho lao động địa phương', 'Benefits for local labour'),
    eco.yesNo('ECO.4', 'ECO_4', 'Phát triển doanh nghiệp vừa và nhỏ', 'SME development'),
    eco.yesNo('ECO.5', 'ECO_5', 'Thúc đẩy doanh nghiệp địa phương', 'Local suppliers promoted'),
    eco.yesNo('ECO.6', 'ECO_6', 'Giá trị dịch vụ khu công nghiệp', 'Park service fees cover operating costs'),
  ],
};

export const B5_V1: EcoReportVersion = {
  id: 'B.5-2022',
  form: 'B.5',
  name: {
    vi: 'Chỉ tiêu môi trường, xã hội của doanh nghiệp sinh thái (Mẫu B.5)',
    en: 'Eco-enterprise environmental and social indicators (Form B.5)',
  },
  filer: 'enterprise',
  legalBasis: basis('B.5'),
  effectiveFrom: '2022-07-15',
  effectiveTo: null,
  window: WINDOW,
  sections: SECTIONS.filter((x) => x.id === 'ENV' || x.id === 'SOC').map((x) =>
    x.id === 'SOC' ? { ...x, title: { vi: 'II. Xã hội', en: 'II. Social' } } : x,
  ),
  fields: [
    env.percent(
      'ENV.2',
      'ENV_2',
      'Áp dụng giải pháp sử dụng hiệu quả tài nguyên và sản xuất sạch hơn (RECP)',
      'RECP solutions applied',
      { required: true, warnBelow: 20 },
    ),
    soc.percent(
      'SOC.1',
      'SOC_1',
      'Quy định về tiếp nhận và giải quyết khiếu nại của người lao động',
      'Rules for receiving and settling workers’ grievances',
      { required: true, warnBelow: 75 },
    ),
    soc.percent('SOC.2', 'SOC_2', 'Công khai thông tin và trách nhiệm giải trình', 'Disclosure and accountability', {
      required: true,
      warnBelow: 75,
    }),
    soc.percent('SOC.4', 'SOC_4', 'Bình đẳng giới và dịch vụ xã hội', 'Gender equality and social services', {
      required: true,
      warnBelow: 75,
    }),
    soc.percent('SOC.6', 'SOC_6', 'Phòng chống quấy rối và phân biệt đối xử', 'Against harassment and discrimination', {
      required: true,
      warnBelow: 75,
    }),
  ],
};
