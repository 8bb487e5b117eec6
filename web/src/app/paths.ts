/** The client routes (real paths: the server falls back to index.html for them). */
export const PATHS = {
  home: '/',
  map: '/dia-ban',
  parks: '/khu-cong-nghiep',
  zones: '/khu-kinh-te',
  enterprises: '/doanh-nghiep',
  projects: '/du-an',
  imports: '/nhap-du-lieu',
  reports: '/bao-cao-dinh-ky',
  forms: '/bieu-mau-thong-ke',
  dashboard: '/tong-quan',
  briefings: '/ban-tin',
  calendar: '/lich-lam-viec',
  procedures: '/thu-tuc',
  dossiers: '/ho-so',
  tracking: '/tra-cuu-ho-so',
  onestopKpis: '/chi-so-mot-cua',
  emulation: '/thi-dua',
  festivals: '/hoi-thao',
  eco: '/khu-sinh-thai',
  audit: '/quan-tri/nhat-ky',
  users: '/quan-tri/nguoi-dung',
  signIn: '/dang-nhap',
} as const;

/** The sign-in page, returning to `next` afterwards. */
export function signInPath(next?: string): string {
  return next && next !== PATHS.signIn ? `${PATHS.signIn}?next=${encodeURIComponent(next)}` : PATHS.signIn;
}

/** Where to go after signing in: a local path only (no `//host` or `https:` redirects). */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith(PATHS.signIn)) return PATHS.map;
  return next;
}
