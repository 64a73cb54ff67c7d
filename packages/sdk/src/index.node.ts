// The Node entry point (`node` export condition): everything in index.ts, and `cvs.upload` also
// takes a file path. Browsers and bundlers get index.ts, which has no `fs`.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Resume2Website as Resume2WebsiteBase, type Resume2WebsiteOptions } from './resume2website.js';
import type { FileOpener } from './upload.js';

export * from './index.js';

const openFile: FileOpener = async (path) => ({ data: await readFile(path), name: basename(path) });

/** The client, able to upload a CV from a file path as well. */
export class Resume2Website extends Resume2WebsiteBase {
  constructor(options: Resume2WebsiteOptions) {
    super(options);
    this.openFile = openFile;
  }
}
