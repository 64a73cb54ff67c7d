// `npm run bench:reads --workspace @resume2website/server`: only the authenticated-reads part of
// `npm run bench`, for working on the request hot path.
import { describeAuthenticatedReads, measureAuthenticatedReads } from './authenticated-reads.js';

process.stdout.write(describeAuthenticatedReads(await measureAuthenticatedReads()).join('\n') + '\n');
