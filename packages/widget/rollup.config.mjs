// The self-contained bundle served at GET /widget/v1/r2w-widget.js: `npm run build` (after tsc).
// Everything is inlined (Lit, the SDK, openapi-fetch) except Stripe.js, which the pay step imports
// dynamically, so it lands in its own chunk beside the bundle and never in the first load.
// The npm build is tsc's own ESM output in dist/ (module by module, with .d.ts).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { transform } from 'esbuild';

/** Minifies each chunk with esbuild (already a dependency of the monorepo's tooling). */
const minify = () => ({
  name: 'esbuild-minify',
  async renderChunk(code) {
    const result = await transform(code, { minify: true, format: 'esm', target: 'es2021', legalComments: 'none' });
    return { code: result.code, map: null };
  },
});

// eslint-disable-next-line no-restricted-syntax -- rollup reads the default export
export default {
  input: { 'r2w-widget': 'dist/index.js' },
  // 'production' explicitly: otherwise the plugin adds 'development' whenever NODE_ENV is set to
  // anything else (vitest sets `test`), and Lit's dev build would ship.
  plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'import', 'default'] }), minify()],
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: false,
  },
};
