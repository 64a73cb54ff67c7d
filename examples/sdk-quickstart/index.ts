// A developer's first script with the SDK: is the API up, and what does it say about itself?
// Run with the server started (`npm start`): `npx tsx examples/sdk-quickstart/index.ts [baseUrl]`
import { createResume2WebsiteClient, isProblem, problemSlug } from '@resume2website/sdk';

const baseUrl = process.argv[2] ?? 'http://localhost:2000';
const client = createResume2WebsiteClient({ baseUrl });

const ready = await client.GET('/ready');
if (ready.data) {
  console.log(`API at ${baseUrl} is ${ready.data.status}:`);
  for (const [name, check] of Object.entries(ready.data.checks)) {
    console.log(`  ${name}: ${check.status} (${check.latency_ms} ms)${check.error ? ` — ${check.error}` : ''}`);
  }
}

// Errors are RFC 9457 problems with a stable type to branch on.
const attempt = await client.POST('/api/v1/auth/register', {
  body: { email: 'not-an-email', password: 'x', full_name: '' } as never,
});
if (isProblem(attempt.error)) {
  console.log(`register refused: ${problemSlug(attempt.error)} — ${attempt.error.detail}`);
  for (const field of attempt.error.errors ?? []) console.log(`  ${field.location} ${field.pointer}: ${field.message}`);
}
