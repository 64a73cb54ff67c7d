// CommonJS build (and its bundled types) from tsc's ESM output in dist/: `npm run build`.
// The ESM build is tsc's own output, module by module, so bundlers can tree-shake it.
import { dts } from 'rollup-plugin-dts';

const input = { index: 'dist/index.js', 'index.node': 'dist/index.node.js' };
const external = [/^node:/, 'openapi-fetch'];

// eslint-disable-next-line no-restricted-syntax -- rollup reads the default export
export default [
  {
    input,
    external,
    output: {
      dir: 'dist',
      format: 'cjs',
      exports: 'named',
      // openapi-fetch's CommonJS build puts its default export on `exports.default`.
      interop: 'esModule',
      entryFileNames: '[name].cjs',
      chunkFileNames: 'chunks/[name]-[hash].cjs',
      sourcemap: true,
    },
  },
  {
    input: { index: 'dist/index.d.ts', 'index.node': 'dist/index.node.d.ts' },
    external,
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.cts', chunkFileNames: 'chunks/[name]-[hash].d.cts' },
    plugins: [dts()],
  },
];
