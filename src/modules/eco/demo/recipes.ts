/**
 * Industrial-symbiosis recipes the demo draws from: a by-product and the kind of firm that takes it
 * (fly ash to brick and cement, scrap to foundries, packaging to recyclers, spent solvents to
 * licensed recovery, surplus steam and treated water to neighbours). Each gives the offer and the
 * need as the two firms would list them; the generator then degrades some listings (text only,
 * a sibling code) the way real listings are, so the matcher's precision is measured, not given.
 */
export interface RecipeSide {
  title: string;
  ewcCode: string | null;
  description: string;
}
export interface Recipe {
  key: string;
  resource: 'material' | 'energy' | 'water';
  unit: 't' | 'm3' | 'MWh';
  frequency: 'month' | 'year' | 'day';
  /** Offered quantity per `frequency`, drawn between these bounds. */
  quantity: [number, number];
  hazardous: boolean;
  offer: RecipeSide;
  need: RecipeSide;
  /** A sibling code the receiver may write instead (same sub-chapter). */
  siblingCode: string | null;
}

export const RECIPES: readonly Recipe[] = [
  {
    key: 'fly-ash',
    resource: 'material',
    unit: 't',
    frequency: 'month',
    quantity: [80, 600],
    hazardous: false,
    offer: {
      title: 'Tro bay lò hơi đốt than',
      ewcCode: '100102',
      description: 'tro bay khô, thu từ lọc bụi tĩnh điện',
    },
    need: {
      title: 'Tro bay làm phụ gia gạch không nung',
      ewcCode: '100102',
      description: 'tro bay cho dây chuyền gạch không nung',
    },
    siblingCode: '100101',
  },
  {
    key: 'bottom-ash',
    resource: 'material',
    unit: 't',
    frequency: 'month',
    quantity: [40, 300],
    hazardous: false,
    offer: { title: 'Xỉ đáy lò hơi', ewcCode: '100101', description: 'xỉ than đáy lò đã làm nguội' },
    need: {
      title: 'Xỉ than làm vật liệu san nền',
      ewcCode: '100101',
      description: 'xỉ than cho san lấp, nền đường nội bộ',
    },
    siblingCode: '100102',
  },
  {
    key: 'steel-scrap',
    resource: 'material',
    unit: 't',
    frequency: 'month',
    quantity: [10, 120],
    hazardous: false,
    offer: {
      title: 'Phoi, mạt thép từ gia công cơ khí',
      ewcCode: '120101',
      description: 'phoi thép sạch dầu, đóng bao',
    },
    need: { title: 'Thép phế liệu cho lò trung tần', ewcCode: '120101', description: 'phoi thép, thép vụn cho đúc' },
    siblingCode: '120102',
  },
  {
    key: 'cardboard',
    resource: 'material',
    unit: 't',
    frequency: 'month',
    quantity: [5, 60],
    hazardous: false,
    offer: { title: 'Bìa carton bao bì thải', ewcCode: '150101', description: 'carton sóng đã ép kiện' },
    need: {
      title: 'Giấy, carton thu hồi làm bột giấy',
      ewcCode: '150101',
      description: 'carton cũ cho sản xuất giấy bao bì',
    },
    siblingCode: '150102',
  },
  {
    key: 'plastic-film',
    resource: 'material',
    unit: 't',
    frequency: 'month',
    quantity: [2, 30],
    hazardous: false,
    offer: { title: 'Màng nhựa PE bao gói thải', ewcCode: '150102', description: 'màng PE sạch, đóng kiện' },
    need: {
      title: 'Nhựa PE phế liệu tái sinh hạt',
      ewcCode: '150102',
      description: 'màng PE cho dây chuyền tái sinh hạt nhựa',
    },
    siblingCode: '150101',
  },
  {
    key: 'pallets',
    resource: 'material',
    unit: 't',
    frequency: 'month',
    quantity: [3, 40],
    hazardous: false,
    offer: { title: 'Pallet gỗ hỏng', ewcCode: '150103', description: 'pallet gỗ thông, không sơn' },
    need: {
      title: 'Gỗ vụn làm nhiên liệu lò hơi sinh khối',
      ewcCode: '150103',
      description: 'gỗ vụn, pallet hỏng cho lò hơi',
    },
    siblingCode: '150101',
  },
  {
    key: 'solvent',
    resource: 'material',
    unit: 't',
    frequency: 'year',
    quantity: [5, 80],
    hazardous: true,
    offer: {
      title: 'Dung môi hữu cơ thải từ làm sạch',
      ewcCode: '140603',
      description: 'dung môi đã qua sử dụng, chứa trong phuy',
    },
    need: {
      title: 'Thu gom dung môi để chưng cất tái chế',
      ewcCode: '140603',
      description: 'dung môi thải cho chưng cất thu hồi',
    },
    siblingCode: '140602',
  },
  {
    key: 'food-waste',
    resource: 'material',
    unit: 't',
    frequency: 'month',
    quantity: [20, 200],
    hazardous: false,
    offer: {
      title: 'Phụ phẩm chế biến thực phẩm',
      ewcCode: '020304',
      description: 'bã, vỏ từ chế biến, không dùng được làm thực phẩm',
    },
    need: {
      title: 'Nguyên liệu cho hầm biogas và thức ăn chăn nuôi',
      ewcCode: '020304',
      description: 'phụ phẩm chế biến thực phẩm cho biogas',
    },
    siblingCode: '020301',
  },
  {
    key: 'steam',
    resource: 'energy',
    unit: 'MWh',
    frequency: 'month',
    quantity: [200, 1500],
    hazardous: false,
    offer: { title: 'Hơi nóng dư từ lò hơi', ewcCode: null, description: 'hơi bão hòa 8 bar dư công suất ca đêm' },
    need: { title: 'Cần hơi nóng cho sấy', ewcCode: null, description: 'hơi nóng cho công đoạn sấy sản phẩm' },
    siblingCode: null,
  },
  {
    key: 'treated-water',
    resource: 'water',
    unit: 'm3',
    frequency: 'day',
    quantity: [100, 1200],
    hazardous: false,
    offer: {
      title: 'Nước thải sau xử lý đạt cột A',
      ewcCode: null,
      description: 'nước sau xử lý dùng làm mát, tưới cây',
    },
    need: {
      title: 'Nước làm mát tuần hoàn',
      ewcCode: null,
      description: 'nước cho tháp giải nhiệt, không cần nước sạch',
    },
    siblingCode: null,
  },
];
