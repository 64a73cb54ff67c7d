/** The hosted site's pages; the server answers the same shell for each of these paths. */
export type Route =
  | { name: 'home' }
  | { name: 'sign-in'; next: string | undefined }
  | { name: 'sign-up'; next: string | undefined }
  | { name: 'dashboard' }
  | { name: 'create'; cv: string | undefined }
  | { name: 'account' }
  | { name: 'forgot-password' }
  | { name: 'reset-password'; token: string | undefined }
  | { name: 'verify-email'; token: string | undefined }
  | { name: 'editor'; cvId: string }
  | { name: 'checkout-return'; portfolioId: string; sessionId: string | undefined }
  | { name: 'not-found' };

const ID = '([a-z]+_[0-9a-z]{10,40})';

/** Only same-site paths are followed after signing in, never another origin (open redirects). */
function safeNext(value: string | null): string | undefined {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : undefined;
}

export function matchRoute(url: URL): Route {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const query = url.searchParams;
  if (path === '/') return { name: 'home' };
  if (path === '/sign-in') return { name: 'sign-in', next: safeNext(query.get('next')) };
  if (path === '/sign-up') return { name: 'sign-up', next: safeNext(query.get('next')) };
  if (path === '/dashboard') return { name: 'dashboard' };
  if (path === '/create') return { name: 'create', cv: query.get('cv') ?? undefined };
  if (path === '/account') return { name: 'account' };
  if (path === '/forgot-password') return { name: 'forgot-password' };
  if (path === '/reset-password') return { name: 'reset-password', token: query.get('token') || undefined };
  if (path === '/verify-email') return { name: 'verify-email', token: query.get('token') || undefined };
  const editor = new RegExp(`^/cvs/${ID}/edit$`).exec(path);
  if (editor) return { name: 'editor', cvId: editor[1]! };
  const back = new RegExp(`^/portfolios/${ID}/checkout/return$`).exec(path);
  if (back) return { name: 'checkout-return', portfolioId: back[1]!, sessionId: query.get('session_id') ?? undefined };
  return { name: 'not-found' };
}

/** Paths this app renders itself (links to them navigate without a reload). */
export function isAppPath(pathname: string): boolean {
  return matchRoute(new URL(pathname, 'http://site.invalid')).name !== 'not-found';
}
