import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

// Writes the SDK's generated files from the contract; `--check` fails instead of writing when stale.
const specUrl = new URL('../../../openapi.yaml', import.meta.url);
const typesFile = fileURLToPath(new URL('../src/generated/openapi.ts', import.meta.url));
const rulesFile = fileURLToPath(new URL('../src/generated/cv-rules.ts', import.meta.url));

const HEADER = `/**
 * Generated from openapi.yaml by packages/sdk/scripts/generate.ts (openapi-typescript).
 * Do not edit: change openapi.yaml and run \`npm run generate\`.
 */

`;

interface SchemaNode {
  pattern?: string;
  maxLength?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, SchemaNode>;
}

/** The CV document's value rules, read from the contract so clients check input as the server does. */
function cvRules(spec: { components: { schemas: Record<string, SchemaNode> } }): string {
  const schemas = spec.components.schemas;
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`openapi.yaml: ${what} is missing`);
    return value;
  };
  const years = schemas.SummarySection?.properties?.yearsOfExperience;
  const rules = {
    urlPattern: need(schemas.CvUrl?.pattern, 'CvUrl.pattern'),
    datePattern: need(schemas.CvDate?.pattern, 'CvDate.pattern'),
    textMaxLength: need(schemas.CvText?.maxLength, 'CvText.maxLength'),
    listMaxItems: need(schemas.CvTextList?.maxItems, 'CvTextList.maxItems'),
    unclassifiedTextMaxLength: need(
      schemas.CvData?.properties?.unclassifiedText?.maxLength,
      'CvData.unclassifiedText.maxLength',
    ),
    yearsOfExperienceMax: need(years?.maximum, 'SummarySection.yearsOfExperience.maximum'),
  };
  return `${HEADER}/** Limits and patterns of \`CvData\` values, exactly as \`openapi.yaml\` states them. */
export const CV_RULES = ${JSON.stringify(rules, null, 2)} as const;
`;
}

const specText = await readFile(specUrl, 'utf8');
const ast = await openapiTS(specUrl, { alphabetize: false, exportType: false });
const outputs: [string, string][] = [
  [typesFile, HEADER + astToString(ast)],
  [rulesFile, cvRules(parse(specText) as never)],
];

if (process.argv.includes('--check')) {
  let stale = false;
  for (const [file, generated] of outputs) {
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current !== generated) {
      stale = true;
      process.stderr.write(`${file} is stale: run \`npm run generate\` and commit the result.\n`);
    }
  }
  if (stale) process.exit(1);
  process.stdout.write('SDK generated files are up to date with openapi.yaml.\n');
} else {
  for (const [file, generated] of outputs) {
    await writeFile(file, generated);
    process.stdout.write(`wrote ${file}\n`);
  }
}
