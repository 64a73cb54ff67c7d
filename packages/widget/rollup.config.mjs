// Two builds from tsc's output: the self-contained widget bundle served at
// GET /widget/v1/r2w-widget.js, and the hosted site served at / (dist/site, hashed, with a manifest).
// Everything is inlined (Lit, the SDK, openapi-fetch) except Stripe.js, which the pay step imports
// dynamically, so it lands in its own chunk beside the bundle and never in the first load.
// The npm build is tsc's own ESM output in dist/ (module by module, with .d.ts).
import { readFile } from 'node:fs/promises';
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

const resolve = () =>
  // 'production' explicitly: otherwise the plugin adds 'development' whenever NODE_ENV is set to
  // anything else (vitest sets `test`), and Lit's dev build would ship.
  nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'import', 'default'] });

/**
 * The hosted site's files, all content-hashed, and `manifest.json` naming them: the server renders
 * the page shell from the manifest and serves only the files it lists.
 */
const siteManifest = () => {
  let cssRef;
  return {
    name: 'r2w-site-manifest',
    async buildStart() {
      const source = await readFile(new URL('src/site/site.css', import.meta.url));
      cssRef = this.emitFile({ type: 'asset', name: 'r2w-site.css', source });
      const favicon = await readFile(new URL('src/site/favicon.svg', import.meta.url));
      this.emitFile({ type: 'asset', fileName: 'favicon.svg', source: favicon });
    },
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => name !== 'favicon.svg');
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      const manifest = { entry: entry.fileName, css: this.getFileName(cssRef), files };
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
};

// eslint-disable-next-line no-restricted-syntax -- rollup reads the default export
export default [
  {
    input: { 'r2w-widget': 'dist/index.js' },
    plugins: [resolve(), minify()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: false,
    },
  },
  {
    // The hosted site (served at / by the server): the widget's components plus the site's pages.
    input: { 'r2w-site': 'dist/site/index.js' },
    plugins: [resolve(), minify(), siteManifest()],
    output: {
      dir: 'dist/site',
      format: 'es',
      entryFileNames: '[name]-[hash].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      assetFileNames: '[name]-[hash][extname]',
      sourcemap: false,
    },
  },
];
