/**
 * Generated from openapi.yaml by packages/sdk/scripts/generate.ts (openapi-typescript).
 * Do not edit: change openapi.yaml and run `npm run generate`.
 */

/** Limits and patterns of `CvData` values, exactly as `openapi.yaml` states them. */
export const CV_RULES = {
  "urlPattern": "^([Hh][Tt][Tt][Pp][Ss]?://[^\\s]+|[Mm][Aa][Ii][Ll][Tt][Oo]:[^\\s]+)$",
  "datePattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$",
  "textMaxLength": 2000,
  "listMaxItems": 100,
  "unclassifiedTextMaxLength": 50000,
  "yearsOfExperienceMax": 80
} as const;
