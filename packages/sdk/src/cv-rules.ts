import { CV_RULES } from './generated/cv-rules.js';

export { CV_RULES };

const URL_SHAPE = new RegExp(CV_RULES.urlPattern);
const DATE_SHAPE = new RegExp(CV_RULES.datePattern);

/**
 * Whether the API accepts `value` as a CV URL (absolute `http(s)` or `mailto:`, as `CvUrl` in the
 * contract says): check a link before sending it instead of meeting a `422`.
 */
export function isCvUrl(value: string): boolean {
  if (value.length > CV_RULES.textMaxLength || !URL_SHAPE.test(value)) return false;
  // The pattern admits `http://` followed by anything; a browser must also be able to open it.
  return /^mailto:/i.test(value) || URL.canParse(value);
}

/** Whether the API accepts `value` as a CV date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isCvDate(value: string): boolean {
  return DATE_SHAPE.test(value);
}
