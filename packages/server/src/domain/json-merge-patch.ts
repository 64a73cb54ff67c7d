/**
 * JSON Merge Patch (RFC 7396): applies `patch` to `target` and returns the result, leaving both
 * untouched. Objects merge member by member, recursively; a `null` member removes the member; any
 * other value (arrays included) replaces the target's value whole.
 *
 * Why not a library: `json-merge-patch`, the package on npm that implements it, has had no release
 * since 2024, ships no types and its `apply` mutates the target in place; the algorithm is the
 * ten lines of RFC 7396 §2. Members are defined, not assigned, so a key such as `__proto__` (which
 * the body parser refuses anyway) could only ever become an own data member, never a prototype.
 */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return patch;
  const result: Record<string, unknown> = {};
  if (isPlainObject(target)) {
    for (const key of Object.keys(target)) defineMember(result, key, target[key]);
  }
  for (const key of Object.keys(patch)) {
    const value = patch[key];
    if (value === null) delete result[key];
    else defineMember(result, key, applyMergePatch(Object.hasOwn(result, key) ? result[key] : undefined, value));
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own, enumerable data member even for a key like `__proto__`, which `result[key] = …` would not create. */
function defineMember(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
