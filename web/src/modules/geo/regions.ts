import type { ProvinceGroup } from '../../../../src/modules/geo/contract';
import type { Lang } from '../../app/i18n';

/** A socio-economic region as the map draws it. */
export interface RegionStyle {
  code: string;
  name: string;
  color: string;
  /** the value the map's visualMap uses for its provinces */
  index: number;
}

// Soft, distinguishable colours (the six regions, with spares); the selected province is dark blue.
const PALETTE = ['#7fb77e', '#f2c14e', '#f28e6b', '#a98bd1', '#5fa8d3', '#4cb5ae', '#e87fa8', '#b5a27a'];
export const NO_REGION_COLOR = '#d9d9d9';
export const SELECTED_COLOR = '#0b2f57';
export const HOVER_COLOR = '#ffe58f';

export function regionStyles(groups: ProvinceGroup[] | undefined, lang: Lang): RegionStyle[] {
  return (groups ?? [])
    .filter((g) => g.kind === 'region')
    .map((g, index) => ({
      code: g.code,
      name: lang === 'vi' ? g.nameVi : g.nameEn,
      color: PALETTE[index % PALETTE.length]!,
      index,
    }));
}
