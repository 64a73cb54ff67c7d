/**
 * Path parameter values no id, token, slug or asset name matches, each aimed at the router's
 * decoding: a malformed percent-escape, NUL, traversal, over-long, bytes that are not ASCII.
 */
export const HOSTILE_PATH_VALUES = [
  '%',
  '%E0%A4%A',
  '%C0%AF',
  '%00',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  '%F0%9F%92%A9',
  '\u00ff\u00fe',
  'a'.repeat(3000),
];

/**
 * Methods no operation has, on every operation's path: one the server tunnels (CONNECT), one it
 * must never echo (TRACE), a WebDAV one, and one no parser knows.
 */
export const HOSTILE_METHODS = ['CONNECT', 'TRACE', 'PROPFIND', 'FUZZ'];
