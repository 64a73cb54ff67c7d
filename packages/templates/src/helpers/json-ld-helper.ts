import type { HelperDelegate } from 'handlebars';
import { serializeJsonForScript } from '../seo/serialize-json-for-script.js';

type SafeStringConstructor = new (html: string) => unknown;

/**
 * The one helper whose output is not HTML-escaped (the template lint test allows SafeString in this
 * file only). It is used solely as the body of <script type="application/ld+json">, where HTML
 * escaping would corrupt the JSON; `serializeJsonForScript` makes the text unable to close or
 * alter that element instead. The block is data, never executed, and needs no CSP allowance.
 */
export function jsonLdHelper(SafeString: SafeStringConstructor): HelperDelegate {
  return (value: unknown) => new SafeString(serializeJsonForScript(value));
}
