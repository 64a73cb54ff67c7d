/** The invalidation meaning "forget everything": sent when deliveries may have been missed. */
export const FORGET_EVERYTHING = '*';
