/**
 * The Board that issues a dossier's forms, named from its province: "Ban Quản lý các khu công
 * nghiệp Bắc Ninh" under "Ủy ban nhân dân tỉnh Bắc Ninh", dated at "Bắc Ninh".
 */
import type { FormAgency } from '../documents/view-models';

export type ProvinceNames = {
  resolve(code: string): Promise<{ unit: { name: string; shortName: string } }>;
};

export function agencyOfProvince(unit: { name: string; shortName: string }): FormAgency {
  // "Tỉnh Bắc Ninh" → "tỉnh Bắc Ninh", "Thành phố Hải Phòng" → "thành phố Hải Phòng".
  const lowered = unit.name.charAt(0).toLowerCase() + unit.name.slice(1);
  return {
    parent: `Ủy ban nhân dân ${lowered}`,
    name: `Ban Quản lý các khu công nghiệp ${unit.shortName}`,
    place: unit.shortName,
  };
}

export async function agencyOf(geo: ProvinceNames, provinceCode: string): Promise<FormAgency> {
  try {
    return agencyOfProvince((await geo.resolve(provinceCode)).unit);
  } catch {
    // A province code no longer in the reference data still prints its Board by code.
    return { parent: null, name: `Ban Quản lý các khu công nghiệp (mã tỉnh ${provinceCode})`, place: provinceCode };
  }
}
