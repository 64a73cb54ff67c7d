/* global document -- a browser module, served to the page by serve.mjs */
// Listens for the widget's events (they bubble and cross the shadow root) and lists them on the page.
// An external module, so the page needs no inline script under its CSP.
const EVENTS = [
  'r2w-ready',
  'r2w-uploaded',
  'r2w-extracted',
  'r2w-preview',
  'r2w-checkout',
  'r2w-paid',
  'r2w-published',
  'r2w-error',
];

const log = document.getElementById('event-log');

for (const name of EVENTS) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${event.type} ${JSON.stringify(event.detail)}`;
    if (event.type === 'r2w-error') item.className = 'error';
    log?.append(item);
    console.info('[career-site]', event.type, event.detail);
  });
}
