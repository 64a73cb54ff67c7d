/**
 * A defensive reader for OLE2 compound files (MS-CFB), the container of Word 97-2003 documents and
 * of password-protected Office files.
 *
 * Why not a library: the readers on npm (`cfb`, and the one inside `word-extractor`) follow sector
 * chains without remembering where they have been, so a file whose chain loops back on itself
 * makes them allocate until the process dies. This one bounds every walk by the number of
 * sectors in the file and refuses loops, out-of-range sectors and impossible header values. It
 * reads only what intake needs: the names of the root storage's streams, and a stream's bytes.
 * A file it accepts has sound chains for the streams it read, so handing the same bytes to
 * `word-extractor` afterwards is safe.
 */

export class CompoundFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CompoundFileError';
  }
}

const SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const END_OF_CHAIN = -2;
const FREE = -1;
const NO_STREAM = -1;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_SIZE = 128;
const TYPE_STORAGE = 1;
const TYPE_STREAM = 2;
const TYPE_ROOT = 5;

export interface DirectoryEntry {
  name: string;
  type: 'storage' | 'stream';
  start: number;
  size: number;
}

export interface CompoundFile {
  /** The root storage's direct children, by name. */
  readonly root: ReadonlyMap<string, DirectoryEntry>;
  /** A stream's bytes (at most `limit` of them), after checking its whole sector chain. */
  read(entry: DirectoryEntry, limit?: number): Buffer;
}

export function parseCompoundFile(bytes: Buffer): CompoundFile {
  if (bytes.length < 512 || !bytes.subarray(0, 8).equals(SIGNATURE)) throw new CompoundFileError('no OLE2 signature');
  const major = bytes.readUInt16LE(0x1a);
  const sectorShift = bytes.readUInt16LE(0x1e);
  const miniShift = bytes.readUInt16LE(0x20);
  if (bytes.readUInt16LE(0x1c) !== 0xfffe) throw new CompoundFileError('wrong byte-order mark');
  if (!((major === 3 && sectorShift === 9) || (major === 4 && sectorShift === 12))) {
    throw new CompoundFileError(`unsupported version ${major} with sector shift ${sectorShift}`);
  }
  if (miniShift !== 6) throw new CompoundFileError(`unsupported mini sector shift ${miniShift}`);
  if (bytes.readUInt32LE(0x38) !== 4096) throw new CompoundFileError('unsupported mini stream cutoff');
  const sectorSize = 1 << sectorShift;
  const miniSectorSize = 1 << miniShift;
  // The last sector may be short: some writers do not pad the file.
  const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize);
  const fatSectorCount = bytes.readUInt32LE(0x2c);
  const firstDirectorySector = bytes.readInt32LE(0x30);
  const firstMiniFatSector = bytes.readInt32LE(0x3c);
  const miniFatSectorCount = bytes.readUInt32LE(0x40);
  let difatSector = bytes.readInt32LE(0x44);
  const difatSectorCount = bytes.readUInt32LE(0x48);
  if (sectorCount <= 0) throw new CompoundFileError('no sectors');
  if (fatSectorCount === 0 || fatSectorCount > sectorCount) throw new CompoundFileError('impossible FAT size');
  if (difatSectorCount > sectorCount || miniFatSectorCount > sectorCount)
    throw new CompoundFileError('impossible table sizes');

  const sector = (id: number): Buffer => {
    if (!Number.isInteger(id) || id < 0 || id >= sectorCount) throw new CompoundFileError(`sector ${id} out of range`);
    const start = (id + 1) * sectorSize;
    const data = bytes.subarray(start, start + sectorSize);
    return data.length === sectorSize ? data : Buffer.concat([data, Buffer.alloc(sectorSize - data.length)]);
  };

  // The FAT's own sectors: 109 listed in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES && fatSectors.length < fatSectorCount; i++) {
    fatSectors.push(bytes.readInt32LE(0x4c + i * 4));
  }
  const seenDifat = new Set<number>();
  const perDifat = sectorSize / 4 - 1;
  for (let n = 0; fatSectors.length < fatSectorCount; n++) {
    if (n >= difatSectorCount || seenDifat.has(difatSector)) throw new CompoundFileError('broken DIFAT chain');
    seenDifat.add(difatSector);
    const data = sector(difatSector);
    for (let i = 0; i < perDifat && fatSectors.length < fatSectorCount; i++) fatSectors.push(data.readInt32LE(i * 4));
    difatSector = data.readInt32LE(perDifat * 4);
  }
  const fat = new Int32Array(fatSectors.length * (sectorSize / 4));
  fatSectors.forEach((id, index) => {
    const data = sector(id);
    for (let i = 0; i < sectorSize / 4; i++) fat[index * (sectorSize / 4) + i] = data.readInt32LE(i * 4);
  });

  /** Follows a chain in a table, refusing loops and out-of-range links; at most `max` links. */
  const chain = (table: Int32Array, start: number, max: number, what: string): number[] => {
    const ids: number[] = [];
    const seen = new Set<number>();
    let id = start;
    while (id !== END_OF_CHAIN && id !== FREE) {
      if (id < 0 || id >= max || id >= table.length) throw new CompoundFileError(`${what}: sector ${id} out of range`);
      if (seen.has(id)) throw new CompoundFileError(`${what}: the sector chain loops`);
      seen.add(id);
      ids.push(id);
      id = table[id]!;
    }
    return ids;
  };
  const readChain = (start: number, what: string): Buffer =>
    Buffer.concat(chain(fat, start, sectorCount, what).map((id) => sector(id)));

  const directory = readChain(firstDirectorySector, 'directory');
  const entryCount = Math.floor(directory.length / DIRECTORY_ENTRY_SIZE);
  const entryAt = (index: number) => {
    const at = index * DIRECTORY_ENTRY_SIZE;
    const nameBytes = Math.min(64, directory.readUInt16LE(at + 0x40));
    return {
      name: directory.toString('utf16le', at, at + Math.max(0, nameBytes - 2)),
      type: directory[at + 0x42]!,
      left: directory.readInt32LE(at + 0x44),
      right: directory.readInt32LE(at + 0x48),
      child: directory.readInt32LE(at + 0x4c),
      start: directory.readInt32LE(at + 0x74),
      // Version 3 files leave the high half undefined; no stream we read is over 4 GiB.
      size: directory.readUInt32LE(at + 0x78),
    };
  };
  if (entryCount === 0 || entryAt(0).type !== TYPE_ROOT) throw new CompoundFileError('no root entry');
  const rootEntry = entryAt(0);

  // Each storage's children form a tree through left/right links, hanging from its `child`.
  // Walk every tree once (word-extractor later walks them all, without loop checks): an entry
  // reached twice means a loop or a shared node, and the file is refused.
  const root = new Map<string, DirectoryEntry>();
  const visited = new Set<number>([0]);
  const pending: { index: number; inRoot: boolean }[] =
    rootEntry.child === NO_STREAM ? [] : [{ index: rootEntry.child, inRoot: true }];
  while (pending.length) {
    const { index, inRoot } = pending.pop()!;
    if (index < 0 || index >= entryCount) throw new CompoundFileError(`directory entry ${index} out of range`);
    if (visited.has(index)) throw new CompoundFileError('the directory tree loops');
    visited.add(index);
    const entry = entryAt(index);
    if (inRoot && (entry.type === TYPE_STREAM || entry.type === TYPE_STORAGE)) {
      root.set(entry.name, {
        name: entry.name,
        type: entry.type === TYPE_STREAM ? 'stream' : 'storage',
        start: entry.start,
        size: entry.size,
      });
    }
    if (entry.left !== NO_STREAM) pending.push({ index: entry.left, inRoot });
    if (entry.right !== NO_STREAM) pending.push({ index: entry.right, inRoot });
    if (entry.type === TYPE_STORAGE && entry.child !== NO_STREAM) pending.push({ index: entry.child, inRoot: false });
  }

  let mini: { fat: Int32Array; stream: Buffer } | undefined;
  const miniStream = () => {
    if (!mini) {
      const fatBytes = readChain(firstMiniFatSector, 'mini FAT');
      const miniFat = new Int32Array(fatBytes.length / 4);
      for (let i = 0; i < miniFat.length; i++) miniFat[i] = fatBytes.readInt32LE(i * 4);
      const stream = readChain(rootEntry.start, 'mini stream');
      if (stream.length < rootEntry.size) throw new CompoundFileError('the mini stream is shorter than declared');
      mini = { fat: miniFat, stream: stream.subarray(0, rootEntry.size) };
    }
    return mini;
  };

  // Readers load the mini stream whole as soon as they open the file: check it up front.
  if (rootEntry.start !== END_OF_CHAIN && rootEntry.size > 0) miniStream();

  return {
    root,
    read(entry, limit = Infinity) {
      if (entry.type !== 'stream') throw new CompoundFileError(`${entry.name} is not a stream`);
      let data: Buffer;
      if (entry.size < 4096) {
        const { fat: miniFat, stream } = miniStream();
        const ids = chain(miniFat, entry.start, Math.floor(stream.length / miniSectorSize), entry.name);
        data = Buffer.concat(ids.map((id) => stream.subarray(id * miniSectorSize, (id + 1) * miniSectorSize)));
      } else {
        data = readChain(entry.start, entry.name);
      }
      if (data.length < entry.size) throw new CompoundFileError(`${entry.name} is shorter than declared`);
      return data.subarray(0, Math.min(entry.size, limit));
    },
  };
}
