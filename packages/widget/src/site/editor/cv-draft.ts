/** A place in the document: member names and list indexes, as in a JSON Pointer. */
export type Path = readonly (string | number)[];

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function getIn(root: Json, path: Path): Json {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[key];
  }
  return node;
}

/**
 * A copy of `root` with `value` at `path`, creating the objects on the way; everything off the path
 * is shared, so unchanged sections keep their identity (and the merge patch stays small).
 */
export function setIn<T>(root: T, path: Path, value: Json): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const node = root as Json;
  if (typeof key === 'number') {
    const list = Array.isArray(node) ? [...(node as Json[])] : [];
    list[key] = setIn(list[key], rest, value);
    return list as T;
  }
  const object = isObject(node) ? { ...node } : {};
  object[key] = setIn(object[key], rest, value);
  return object as T;
}

/** `list` with the entry at `from` moved to `to`. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [entry] = next.splice(from, 1);
  next.splice(to, 0, entry as T);
  return next;
}

/** The JSON Pointer (RFC 6901) of a path, as the API's `flagged_values` and `errors[]` name places. */
export function pointerOf(path: Path): string {
  return path.map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function sameJson(a: Json, b: Json): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The RFC 7396 merge patch that turns `base` into `next`: changed members only, `null` for removed
 * ones, objects diffed member by member and arrays sent whole (a merge patch cannot address one
 * array element). `undefined` when nothing changed.
 */
export function mergePatchOf(base: Json, next: Json): Json {
  if (isObject(base) && isObject(next)) {
    const patch: Record<string, Json> = {};
    for (const key of new Set([...Object.keys(base), ...Object.keys(next)])) {
      const before = base[key];
      const after = next[key];
      if (after === undefined || after === null) {
        if (before !== undefined && before !== null) patch[key] = null;
        continue;
      }
      const change = mergePatchOf(before, after);
      if (change !== undefined) patch[key] = change;
    }
    return Object.keys(patch).length ? patch : undefined;
  }
  if (sameJson(base, next)) return undefined;
  // A member that becomes an object where there was none is sent as the object, nulls dropped.
  return isObject(next) ? withoutNulls(next) : next;
}

function withoutNulls(value: Record<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member === null || member === undefined) continue;
    out[key] = isObject(member) ? withoutNulls(member) : member;
  }
  return out;
}

/** Whether two documents say the same thing. */
export function sameDocument(a: Json, b: Json): boolean {
  return mergePatchOf(a, b) === undefined;
}

/** The path a JSON Pointer names (list indexes as numbers). */
export function pathOf(pointer: string): Path {
  if (!pointer.startsWith('/')) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

function isEmpty(value: Json): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmpty);
  if (isObject(value)) return Object.values(value).every(isEmpty);
  return false;
}

/** RFC 7396: `patch` applied to `target` (what the server does with a PATCH). */
export function applyMergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) return patch;
  const out: Record<string, Json> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = applyMergePatch(out[key], value);
  }
  return out;
}

/** `value` without empty list entries (blank lines, tags, added-but-untouched entries), at any depth. */
function cleaned(value: Json): Json {
  if (Array.isArray(value)) return value.map(cleaned).filter((entry) => !isEmpty(entry));
  if (!isObject(value)) return value;
  const out: Record<string, Json> = {};
  for (const [key, member] of Object.entries(value)) {
    // A cleared field and an absent one say the same: keep neither, or `{a: null}` ≠ `{}` in a list.
    const clean = cleaned(member);
    if (clean !== null && clean !== undefined) out[key] = clean;
  }
  return out;
}

/**
 * The document as it should be stored: entries and sections the person added but left empty are
 * dropped (a blank "Add an entry" would otherwise show as an empty card on the website), and so are
 * blank lines and blank tags.
 */
export function pruned<T>(data: T): T {
  if (!isObject(data)) return data;
  const out: Record<string, Json> = {};
  for (const [key, section] of Object.entries(data)) {
    const clean = cleaned(section);
    out[key] = isObject(clean) && isEmpty(clean) ? null : clean;
  }
  return out as T;
}

/**
 * The merge patch that stores `draft` over `stored`, or `undefined` when the draft says nothing new.
 * Both sides are compared pruned, so a document that already holds empty entries does not look edited.
 */
export function unsavedPatch(stored: Json, draft: Json): Json {
  return mergePatchOf(pruned(stored), pruned(draft)) === undefined ? undefined : mergePatchOf(stored, pruned(draft));
}
