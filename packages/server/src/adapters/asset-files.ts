/**
 * Read-only files that ship with a release rather than being stored by users: the themes'
 * thumbnails, the built widget bundle. A folder of them, addressed by flat file name.
 */
export interface AssetFiles {
  /**
   * The file's bytes, or `undefined` when the folder has no such file (or no folder is there). The
   * name is one path segment; anything else (a slash, `..`) is never read and answers `undefined`.
   */
  read(name: string): Promise<Uint8Array | undefined>;
}
