// @custom-elements-manifest/analyzer's settings for `npm run analyze` (scripts/analyze.mjs).
// Only the element's own module: its JSDoc (@tagname, @fires, @csspart, @cssprop) and Lit's
// `static properties` are the whole public interface, and the step templates and helpers are not.

/**
 * Keeps the manifest to the public interface. The analyzer lists `#private` members and the
 * protected `view` state too (it even gives `view` an attribute, as it does not read `state: true`
 * in a `static properties` object), which would show up as API in editors and Storybook.
 * It also points the module at the emitted `dist/*.js`, the file a consumer of the package has.
 */
function publicApiOnly() {
  return {
    name: 'r2w-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const path = mod.path.replace(/^src\/(.*)\.ts$/, 'dist/$1.js');
        mod.path = path;
        for (const exported of mod.exports ?? []) {
          if (exported.declaration?.module) exported.declaration.module = path;
        }
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const hidden = new Set(
            (declaration.members ?? [])
              .filter((member) => member.name.startsWith('#') || (member.privacy && member.privacy !== 'public'))
              .map((member) => member.name),
          );
          declaration.members = declaration.members?.filter((member) => !hidden.has(member.name));
          declaration.attributes = declaration.attributes?.filter((attribute) => !hidden.has(attribute.fieldName));
        }
      }
    },
  };
}

// eslint-disable-next-line no-restricted-syntax -- the analyzer reads the default export
export default {
  globs: ['src/r2w-widget-element.ts'],
  exclude: ['test/**', 'dist/**', 'scripts/**'],
  litelement: true,
  // package.json's `customElements` is written by hand; the analyzer would rewrite the file.
  packagejson: false,
  plugins: [publicApiOnly()],
};
