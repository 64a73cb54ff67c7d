import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

// Writes the SDK's types from the contract; `--check` fails instead of writing when they are stale.
const specUrl = new URL('../../../openapi.yaml', import.meta.url);
const outFile = fileURLToPath(new URL('../src/generated/openapi.ts', import.meta.url));

const HEADER = `/**
 * Generated from openapi.yaml by packages/sdk/scripts/generate.ts (openapi-typescript).
 * Do not edit: change openapi.yaml and run \`npm run generate\`.
 */

`;

const ast = await openapiTS(specUrl, { alphabetize: false, exportType: false });
const generated = HEADER + astToString(ast);

if (process.argv.includes('--check')) {
  const current = await readFile(outFile, 'utf8').catch(() => '');
  if (current !== generated) {
    process.stderr.write(
      'packages/sdk/src/generated/openapi.ts is stale: run `npm run generate` and commit the result.\n',
    );
    process.exit(1);
  }
  process.stdout.write('SDK types are up to date with openapi.yaml.\n');
} else {
  await writeFile(outFile, generated);
  process.stdout.write(`wrote ${outFile}\n`);
}
