// `npm run bench:scale-out --workspace @resume2website/server`: only the scale-out part of
// `npm run bench` (whole flows per minute, one API + one worker and then two of each).
import { describeScaleOut, measureScaleOut } from './scale-out.js';

process.stdout.write(describeScaleOut(await measureScaleOut()).join('\n') + '\n');
