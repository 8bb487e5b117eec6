/**
 * Mẫu B.4 — annual monitoring report on eco-enterprise implementation (Decree 35/2022 Art. 43.2),
 * filed by an enterprise of the park to the Board (national-forms.md §B.18). The form lists the
 * topics of P4.6–P4.33 without numbering each; the numbers here follow its order.
 */
import { KWH, M3_YEAR, MILLION_VND, PERSONS, section, TONNES_YEAR } from './build';
import type { EcoReportVersion, TableColumn } from './types';

const i = section('I');
const p3 = section('III');
const p4 = section('IV');

const CAPACITY_COLUMNS: readonly TableColumn[] = [
  { key: 'product', label: { vi: 'Tên sản phẩm', en: 'Product' }, kind: 'text', required: true },
  {
    key: 'unit',
    label: { vi: 'Đơn vị', en: 'Unit' },
    kind: 'choice',
    required: true,
    options: [
      { value: 'tấn/năm', label: { vi: 'tấn/năm', en: 't/yr' } },
      { value: 'm/năm', label: { vi: 'm/năm', en: 'm/yr' } },
      { value: 'm²/năm', label: { vi: 'm²/năm', en: 'm²/yr' } },
      { value: 'm³/giờ', label: { vi: 'm³/giờ', en: 'm³/h' } },
    ],
  },
  {
    key: 'designCapacity',
    label: { vi: 'Công suất thiết kế', en: 'Design capacity' },
    kind: 'decimal',
    min: 0,
    required: true,
  },
  { key: 'output', label: { vi: 'Sản lượng thực tế', en: 'Current output' }, kind: 'decimal', min: 0, required: true },
  { key: 'energyUse', label: { vi: 'Năng lượng tiêu thụ', en: 'Energy use' }, kind: 'decimal', min: 0, required: true },
  {
    key: 'energyType',
    label: { vi: 'Loại năng lượng', en: 'Energy type' },
    kind: 'choice',
    required: true,
    options: [
      { value: 'điện', label: { vi: 'điện', en: 'electricity' } },
      { value: 'dầu', label: { vi: 'dầu', en: 'oil' } },
      { value: 'gas', label: { vi: 'gas', en: 'gas' } },
    ],
  },
  {
    key: 'revenue',
    label: { vi: 'Doanh thu (triệu đồng)', en: 'Revenue (million VND)' },
    kind: 'decimal',
    min: 0,
    required: true,
  },
];

export const B4_V1: EcoReportVersion = {
  id: 'B.4-2022',
  form: 'B.4',
  name: {
    vi: 'Báo cáo tình hình thực hiện doanh nghiệp sinh thái (Mẫu B.4)',
    en: 'Report on eco-enterprise implementation (Form B.4)',
  },
  filer: 'enterprise',
  legalBasis: [
    'Nghị định 35/2022/NĐ-CP ngày 28/5/2022, Điều 43 khoản 2',
    'Thông tư 05/2025/TT-BKHĐT hướng dẫn phát triển KCN sinh thái (biểu mẫu B.4 của hệ thống thông tin quốc gia)',
  ],
  effectiveFrom: '2022-07-15',
  effectiveTo: null,
  window: { opensMonthDay: '01-01', deadlineMonthDay: '03-31' },
  sections: [
    { id: 'I', title: { vi: 'Phần I. Thông tin doanh nghiệp và dự án', en: 'Part I. Enterprise and project' } },
    { id: 'II', title: { vi: 'Phần II. Năng lực sản xuất năm [N-1]', en: 'Part II. Production capacity in [N-1]' } },
    { id: 'III', title: { vi: 'Phần III. Sản xuất sạch hơn năm [N-1]', en: 'Part III. Cleaner production in [N-1]' } },
    { id: 'IV', title: { vi: 'Phần IV. Cộng sinh công nghiệp', en: 'Part IV. Industrial symbiosis' } },
  ],
  fields: [
    i.locked('1.2', 'enterpriseName', 'Tên doanh nghiệp', 'Enterprise name', 'enterprise.name'),
    i.locked('1.2.6', 'enterpriseTaxCode', 'Mã số thuế', 'Tax code', 'enterprise.taxCode'),
    i.locked('1.2.5', 'enterpriseAddress', 'Địa chỉ', 'Address', 'enterprise.address'),
    i.locked(
      '1.2a',
      'legalRepresentative',
      'Người đại diện theo pháp luật',
      'Legal representative',
      'enterprise.legalRepresentative',
    ),
    i.locked('3.1', 'projects', 'Dự án trong KCN', 'Projects in the park', 'enterprise.projects'),
    i.locked('3.2', 'parkName', 'Địa điểm (KCN)', 'Location (park)', 'park.name'),
    i.count('3.3', 'workers', 'Số lao động (báo cáo dự án đã tiếp nhận)', 'Workers (accepted project reports)', {
      prefill: 'enterprise.workers',
      unit: PERSONS,
    }),
    {
      code: 'II',
      key: 'capacity',
      section: 'II',
      label: { vi: 'Năng lực sản xuất theo sản phẩm', en: 'Production capacity per product' },
      kind: 'table',
      required: true,
      columns: CAPACITY_COLUMNS,
    },
    p3.text('P3.1', 'energyModel', 'Mô hình tiết kiệm năng lượng', 'Energy-saving model'),
    p3.amount('P3.2', 'electricitySaved', 'Điện năng tiết kiệm', 'Electricity saved', KWH, { prefill: 'recp.kwh' }),
    p3.amount('P3.3', 'electricityCo2', 'Giảm CO₂ từ tiết kiệm điện', 'CO₂ from electricity', TONNES_YEAR, {
      decimals: 2,
    }),
    p3.amount('P3.4', 'electricityCost', 'Chi phí tiết kiệm từ điện', 'Cost saved on electricity', MILLION_VND, {
      prefill: 'recp.energyCost',
    }),
    p3.textarea('P3.5', 'electricityOther', 'Lợi ích khác', 'Other benefits'),
    p3.text('P3.6', 'fuelSaved', 'Nhiên liệu tiết kiệm (số lượng và đơn vị)', 'Fuel saved (amount and unit)'),
    p3.amount('P3.7', 'fuelCo2', 'Giảm CO₂ từ nhiên liệu', 'CO₂ from fuel', TONNES_YEAR, { decimals: 2 }),
    p3.amount('P3.8', 'fuelCost', 'Chi phí tiết kiệm từ nhiên liệu', 'Cost saved on fuel', MILLION_VND),
    p3.textarea('P3.9', 'fuelOther', 'Lợi ích khác', 'Other benefits'),
    p3.amount(
      'P3.10',
      'co2Total',
      'Tổng giảm phát thải CO₂ tương đương',
      'Total CO₂-equivalent reduction',
      TONNES_YEAR,
      {
        decimals: 2,
        suggested: { sum: ['electricityCo2', 'fuelCo2'] },
      },
    ),
    p3.amount('P3.11', 'waterSaved', 'Nước tiết kiệm', 'Water saved', M3_YEAR, { prefill: 'recp.waterM3' }),
    p3.amount('P3.12', 'waterCost', 'Chi phí tiết kiệm từ nước', 'Cost saved on water', MILLION_VND, {
      prefill: 'recp.waterCost',
    }),
    p3.amount('P3.13', 'wastewaterReduced', 'Nước thải giảm', 'Wastewater reduced', M3_YEAR),
    p3.amount('P3.14', 'wastewaterCost', 'Chi phí tiết kiệm từ nước thải', 'Cost saved on wastewater', MILLION_VND),
    p3.amount('P3.15', 'wasteReused', 'Chất thải tái sử dụng', 'Waste reused', TONNES_YEAR),
    p3.amount('P3.16', 'wasteReusedCost', 'Chi phí tiết kiệm từ tái sử dụng', 'Cost saved by reuse', MILLION_VND),
    p3.amount(
      'P3.16a',
      'wasteTreatmentReduced',
      'Giảm lượng chất thải phải xử lý',
      'Waste to treatment reduced',
      TONNES_YEAR,
    ),
    p3.amount('P3.17', 'wasteRecycled', 'Chất thải tái chế', 'Waste recycled', TONNES_YEAR),
    p3.amount('P3.18', 'wasteRecycledCost', 'Chi phí tiết kiệm từ tái chế', 'Cost saved by recycling', MILLION_VND),
    p3.amount('P3.19', 'materialsSaved', 'Nguyên liệu sơ cấp tiết kiệm', 'Primary materials saved', TONNES_YEAR, {
      prefill: 'recp.materialsTonnes',
    }),
    p3.amount('P3.20', 'materialsCost', 'Chi phí tiết kiệm từ nguyên liệu', 'Cost saved on materials', MILLION_VND, {
      prefill: 'recp.materialsCost',
    }),
    p3.amount('P3.21', 'chemicalsSaved', 'Hóa chất tiết kiệm', 'Chemicals saved', TONNES_YEAR, {
      prefill: 'recp.chemicalsTonnes',
    }),
    p3.amount('P3.22', 'chemicalsCost', 'Chi phí tiết kiệm từ hóa chất', 'Cost saved on chemicals', MILLION_VND, {
      prefill: 'recp.chemicalsCost',
    }),
    p4.count('P4.1', 'symbiosisLinks', 'Số cộng sinh đến năm [N-1]', 'Symbioses up to [N-1]', {
      prefill: 'symbiosis.links',
    }),
    p4.check('P4.2a', 'typeExchange', 'Trao đổi đầu vào, đầu ra', 'Input/output exchange'),
    p4.check('P4.2b', 'typeSharedInfrastructure', 'Dùng chung hạ tầng sản xuất', 'Shared production infrastructure'),
    p4.check('P4.2c', 'typeSharedServices', 'Dùng chung dịch vụ', 'Shared services'),
    p4.check('P4.2d', 'typeCrossPark', 'Hợp tác với KCN khác', 'Cross-park collaboration'),
    p4.check('P4.2e', 'typeOther', 'Hình thức khác', 'Other'),
    p4.names(
      'P4.3',
      'partnersInPark',
      'Cam kết với doanh nghiệp trong KCN',
      'Commitments with firms in the park',
      'symbiosis.partners',
    ),
    p4.text('P4.4', 'partnersOutside', 'Cam kết với doanh nghiệp ngoài KCN', 'Commitments with firms outside'),
    p4.textarea('P4.5', 'developerSupport', 'Hỗ trợ của chủ đầu tư hạ tầng', 'Developer support'),
    p4.amount('P4.6', 'symElectricity', 'Điện năng tiết kiệm từ cộng sinh', 'Electricity saved by symbiosis', KWH, {
      prefill: 'symbiosis.kwh',
    }),
    p4.amount('P4.7', 'symElectricityCo2', 'Giảm CO₂ từ điện', 'CO₂ from electricity', TONNES_YEAR, { decimals: 2 }),
    p4.amount('P4.8', 'symElectricityCost', 'Chi phí tiết kiệm từ điện', 'Cost saved on electricity', MILLION_VND),
    p4.amount('P4.9', 'symFuel', 'Nhiên liệu tiết kiệm', 'Fuel saved', TONNES_YEAR),
    p4.text('P4.10', 'symFuelUnit', 'Loại nhiên liệu, đơn vị', 'Fuel type and unit'),
    p4.amount('P4.11', 'symFuelCo2', 'Giảm CO₂ từ nhiên liệu', 'CO₂ from fuel', TONNES_YEAR, { decimals: 2 }),
    p4.amount('P4.12', 'symFuelCost', 'Chi phí tiết kiệm từ nhiên liệu', 'Cost saved on fuel', MILLION_VND),
    p4.textarea('P4.13', 'symEnergyOther', 'Lợi ích khác', 'Other benefits'),
    p4.amount(
      'P4.14',
      'symCo2Total',
      'Tổng giảm phát thải CO₂ tương đương',
      'Total CO₂-equivalent reduction',
      TONNES_YEAR,
      {
        decimals: 2,
        suggested: { sum: ['symElectricityCo2', 'symFuelCo2'] },
      },
    ),
    p4.amount('P4.15', 'symWater', 'Nước tiết kiệm', 'Water saved', M3_YEAR),
    p4.amount('P4.16', 'symWaterCost', 'Chi phí tiết kiệm từ nước', 'Cost saved on water', MILLION_VND),
    p4.amount('P4.17', 'symWastewater', 'Nước thải giảm', 'Wastewater reduced', M3_YEAR),
    p4.amount('P4.18', 'symWastewaterCost', 'Chi phí tiết kiệm từ nước thải', 'Cost saved on wastewater', MILLION_VND),
    p4.amount('P4.19', 'symWaste', 'Chất thải giảm', 'Waste reduced', TONNES_YEAR),
    p4.amount('P4.20', 'symWasteCost', 'Chi phí tiết kiệm từ giảm chất thải', 'Cost saved on waste', MILLION_VND),
    p4.amount('P4.21', 'symReused', 'Chất thải tái sử dụng', 'Waste reused', TONNES_YEAR, {
      prefill: 'symbiosis.tonnes',
    }),
    p4.amount('P4.22', 'symReusedCost', 'Chi phí tiết kiệm từ tái sử dụng', 'Cost saved by reuse', MILLION_VND, {
      prefill: 'symbiosis.cost',
    }),
    p4.amount('P4.23', 'symRecycled', 'Chất thải tái chế', 'Waste recycled', TONNES_YEAR),
    p4.amount('P4.24', 'symRecycledCost', 'Chi phí tiết kiệm từ tái chế', 'Cost saved by recycling', MILLION_VND),
    p4.amount('P4.25', 'symPrimary', 'Nguyên liệu sơ cấp tiết kiệm', 'Primary materials saved', TONNES_YEAR),
    p4.amount(
      'P4.26',
      'symPrimaryCost',
      'Chi phí tiết kiệm nguyên liệu sơ cấp',
      'Cost saved on primary materials',
      MILLION_VND,
    ),
    p4.amount(
      'P4.27',
      'symSecondary',
      'Nguyên liệu thứ cấp nhận từ doanh nghiệp khác',
      'Secondary materials from other firms',
      TONNES_YEAR,
    ),
    p4.amount(
      'P4.28',
      'symSecondaryCost',
      'Chi phí tiết kiệm từ nguyên liệu thứ cấp',
      'Cost saved by secondary materials',
      MILLION_VND,
    ),
    p4.amount('P4.29', 'symChemicals', 'Hóa chất tiết kiệm', 'Chemicals saved', TONNES_YEAR),
    p4.amount('P4.30', 'symChemicalsCost', 'Chi phí tiết kiệm từ hóa chất', 'Cost saved on chemicals', MILLION_VND),
    p4.textarea('P4.31', 'symSharedServices', 'Dịch vụ dùng chung', 'Shared services'),
    p4.amount(
      'P4.32',
      'symSharedServicesCost',
      'Chi phí tiết kiệm từ dịch vụ dùng chung',
      'Cost saved from shared services',
      MILLION_VND,
    ),
    p4.sum(
      'P4.33',
      'symCostTotal',
      'Tổng chi phí tiết kiệm từ cộng sinh',
      'Total cost saved by symbiosis',
      MILLION_VND,
      [
        'symElectricityCost',
        'symFuelCost',
        'symWaterCost',
        'symWastewaterCost',
        'symWasteCost',
        'symReusedCost',
        'symRecycledCost',
        'symPrimaryCost',
        'symSecondaryCost',
        'symChemicalsCost',
        'symSharedServicesCost',
      ],
    ),
  ],
};
