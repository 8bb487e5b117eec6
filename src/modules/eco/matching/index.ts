export { CODE_LEVELS, codeFit, textOverlap } from './codes';
export { distanceFit, HALF_SCORE_KM, haversineKm } from './distance';
export { annualBase, BASE_UNIT, PER_YEAR, quantityFit, UNITS, type Unit } from './quantity';
export { rankCounterparts } from './rank';
export { type MatchContext, scorePair, WEIGHTS } from './score';
export type * from './types';
export { visibleTo } from './visibility';
