/** Why a file is refused before any upload, or `undefined` when it may be sent. */
export type FileRefusal = { reason: 'type' } | { reason: 'size' };

/** Checks a chosen file against the server's accept list (MIME types and `.ext`) and size cap. */
export function checkFile(
  file: { name: string; type: string; size: number },
  accepted: readonly string[],
  maxBytes: number,
): FileRefusal | undefined {
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  const typeOk =
    accepted.length === 0 ||
    accepted.some((entry) => {
      const a = entry.trim().toLowerCase();
      if (a.startsWith('.')) return name.endsWith(a);
      if (a.endsWith('/*')) return type.startsWith(a.slice(0, -1));
      return a === type;
    });
  if (!typeOk) return { reason: 'type' };
  if (file.size > maxBytes) return { reason: 'size' };
  return undefined;
}

/** A byte count as people read it: `512 KB`, `10 MB`. */
export function formatBytes(bytes: number, locale = 'en'): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = value < 10 && unit > 0 ? 1 : 0;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** The accept list as people read it: extensions only, upper-case (`PDF, DOCX, PNG`). */
export function describeTypes(accepted: readonly string[]): string {
  const extensions = accepted.filter((a) => a.startsWith('.')).map((a) => a.slice(1).toUpperCase());
  return (extensions.length ? extensions : accepted).join(', ');
}
