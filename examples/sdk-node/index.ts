// The whole flow with the SDK, from Node: sign up, upload a CV, follow its extraction, edit the
// document, create a portfolio, publish it, read the site, take it offline.
// Start a server on its embedded defaults (`npm start` at the repository root), then:
//   cd examples/sdk-node && npm start                    # uploads grace-hopper.json
//   BASE_URL=http://localhost:2000 npm start -- my-cv.pdf
import { fileURLToPath } from 'node:url';
import { Resume2Website, Resume2WebsiteError } from '@resume2website/sdk';

const baseUrl = process.env.BASE_URL ?? 'http://localhost:2000';
const file = process.argv[2] ?? fileURLToPath(new URL('./grace-hopper.json', import.meta.url));

const r2w = new Resume2Website({ baseUrl, timeoutMs: 30_000 });

try {
  const session = await r2w.auth.register({
    email: `example-${Date.now()}@example.com`,
    password: 'correct horse battery staple',
    full_name: 'Grace Hopper',
  });
  console.log(`signed up as ${session.user.email}`);

  const cv = await r2w.cvs.upload(file); // a path works in Node; Blob, bytes or a stream anywhere
  console.log(`uploaded ${cv.original_filename} (${cv.content_type}) as ${cv.id}`);
  for await (const event of r2w.extractions.events(cv.extraction.id)) {
    console.log(`  extraction ${event.type}: ${event.extraction.status} ${event.extraction.stage ?? ''}`);
  }
  const extraction = await r2w.extractions.wait(cv.extraction.id, { timeoutMs: 180_000 });
  console.log(`extracted by ${extraction.extractor} in ${extraction.duration_ms} ms`);

  const doc = await r2w.cvs.getData(cv.id);
  console.log(`document v${doc.version}: ${doc.data.hero?.fullName} — ${doc.data.hero?.professionalTitle}`);
  const edited = await r2w.cvs.patchData(
    cv.id,
    { hero: { professionalTitle: 'Rear Admiral' } },
    { baseVersion: doc.version },
  );
  console.log(`patched to v${edited.version}: ${edited.data.hero?.professionalTitle}`);

  for await (const c of r2w.cvs.list()) console.log(`  my CV: ${c.id} ${c.original_filename}`);

  const themes = await r2w.themes.list();
  console.log(`themes: ${themes.map((t) => t.id).join(', ')}`);
  const portfolio = await r2w.portfolios.create({ cv_id: cv.id, theme: themes[0]!.id });
  console.log(`preview: ${portfolio.preview_url}`);

  const me = await r2w.auth.me();
  if (me.payments_enabled) {
    const checkout = await r2w.portfolios.checkout(portfolio.id);
    console.log(`payments are on: mount Stripe's embedded checkout with ${checkout.checkout_session_id}`);
  } else {
    const live = await r2w.portfolios.publish(portfolio.id, { wait: true, timeoutMs: 60_000 });
    console.log(`published: ${live.published_url}`);
    const site = await fetch(live.published_url!);
    console.log(`  the site answers ${site.status}, ${(await site.text()).length} bytes`);
    const draft = await r2w.portfolios.unpublish(portfolio.id, { wait: true, timeoutMs: 60_000 });
    console.log(`unpublished: status ${draft.status}`);
  }
  await r2w.auth.logout();
  console.log('done');
} catch (error) {
  if (!(error instanceof Resume2WebsiteError)) throw error;
  console.error(`failed: ${error.code} (${error.status}) ${error.detail ?? error.title} [request ${error.requestId}]`);
  for (const field of error.errors) console.error(`  ${field.pointer}: ${field.message}`);
  process.exitCode = 1;
}
