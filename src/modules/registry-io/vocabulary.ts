/**
 * The enumerations of the registry as dropdown choices: the Vietnamese label is what the
 * template's list offers; the code and the English label are accepted too. Labels come from the
 * modules that own the vocabulary, so a template never disagrees with the API.
 */
import {
  Currency,
  EVENT_KIND_LABELS,
  type Origin,
  PROJECT_TYPE_LABELS,
  ProjectType,
  STATUS_LABELS,
} from '../investment/contract';
import {
  KKT_TYPE_LABELS,
  KKT_TYPES,
  LOCATION_CLASS_LABELS,
  PARK_KIND_LABELS,
  PARK_KINDS,
} from '../zones/location-class';
import {
  ESTABLISHMENT_ACT_LABELS,
  ESTABLISHMENT_ACTS,
  PARK_EVENT_LABELS,
  PARK_STATUS_LABELS,
} from '../zones/park-rules';
import type { Choice } from './columns';

const fromLabels = <K extends string>(
  keys: readonly K[],
  labels: Record<K, { vi: string; en: string; short?: string }>,
): Choice[] =>
  keys.map((value) => ({
    value,
    vi: labels[value].vi,
    en: labels[value].en,
    ...(labels[value].short ? { aliases: [labels[value].short!] } : {}),
  }));

export const KKT_TYPE_CHOICES = fromLabels(KKT_TYPES, KKT_TYPE_LABELS);
export const PARK_KIND_CHOICES = fromLabels(PARK_KINDS, PARK_KIND_LABELS);
export const ESTABLISHMENT_ACT_CHOICES = fromLabels(ESTABLISHMENT_ACTS, ESTABLISHMENT_ACT_LABELS);

/** A park's history starts with the plan, or with its establishment for older parks. */
export const FIRST_PARK_EVENT_CHOICES = fromLabels(['planned', 'established'] as const, PARK_EVENT_LABELS);

export const INVESTOR_KIND_CHOICES: Choice[] = [
  { value: 'organisation', vi: 'Tổ chức', en: 'Organisation', aliases: ['to chuc', 'doanh nghiep'] },
  { value: 'individual', vi: 'Cá nhân', en: 'Individual', aliases: ['ca nhan'] },
];

export const PROJECT_TYPE_CHOICES = fromLabels(ProjectType.options, PROJECT_TYPE_LABELS).map((c) =>
  c.value === 'infrastructure'
    ? { ...c, aliases: ['hạ tầng', 'kinh doanh hạ tầng'] }
    : { ...c, aliases: ['sản xuất', 'sxkd'] },
);

export const LOCATION_KIND_CHOICES: Choice[] = [
  { value: 'park', vi: 'Trong KCN', en: 'In an industrial park', aliases: ['KCN'] },
  { value: 'zone', vi: 'Trong KKT, ngoài KCN', en: 'In an economic zone, outside its parks', aliases: ['KKT'] },
  {
    value: 'special_zone',
    vi: 'Khu chức năng đặc biệt trong KKT',
    en: 'Special zone inside an economic zone',
    aliases: ['khu phi thuế quan', 'khu thương mại tự do', 'khu bảo thuế'],
  },
];

/** Events recorded on an issued certificate (the issue itself comes with the project). */
export const CERTIFICATE_EVENT_CHOICES = fromLabels(['adjusted', 'reissued', 'revoked', 'terminated'] as const, {
  ...EVENT_KIND_LABELS,
});

export const CURRENCY_CHOICES: Choice[] = Currency.options.map((c) => ({
  value: c,
  vi: c,
  en: c,
  aliases: c === 'VND' ? ['đồng', 'VNĐ', 'đ'] : ['đô la Mỹ', 'USD$', '$'],
}));

/** For exports: the labels of what the lists show. */
export const LABELS = {
  kktType: KKT_TYPE_LABELS,
  parkKind: PARK_KIND_LABELS,
  parkStatus: PARK_STATUS_LABELS,
  locationClass: LOCATION_CLASS_LABELS,
  projectType: PROJECT_TYPE_LABELS,
  certificateStatus: STATUS_LABELS,
  origin: {
    FDI: { vi: 'Có vốn đầu tư nước ngoài (FDI)', en: 'Foreign-invested (FDI)' },
    DDI: { vi: 'Đầu tư trong nước (DDI)', en: 'Domestic (DDI)' },
  } satisfies Record<(typeof Origin.options)[number], { vi: string; en: string }>,
  investorKind: {
    organisation: { vi: 'Tổ chức', en: 'Organisation' },
    individual: { vi: 'Cá nhân', en: 'Individual' },
  },
  locationKind: Object.fromEntries(LOCATION_KIND_CHOICES.map((c) => [c.value, { vi: c.vi, en: c.en }])) as Record<
    string,
    { vi: string; en: string }
  >,
} as const;
