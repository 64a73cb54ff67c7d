/** Saves `data` as a JSON file through the browser's download (no server round trip). */
export function downloadJson(filename: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL; free it once the click was handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
