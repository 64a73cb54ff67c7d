// JSON placed inside <script type="application/ld+json"> is raw text to the HTML parser: entities
// are not decoded, so HTML escaping would corrupt it, and the only way out of the element is the
// character sequence `</script` (plus `<!--`, which changes how the tokenizer looks for it). JSON
// can only contain `<`, `>` and `&` inside string literals, where `\u003c` means exactly the same
// thing, so escaping them makes every way out impossible without changing the data. U+2028/2029
// are escaped for consumers that still parse the block as pre-ES2019 JavaScript.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

export function serializeJsonForScript(value: unknown): string {
  const json = JSON.stringify(value) ?? 'null';
  return json.replace(UNSAFE_IN_SCRIPT, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
