/**
 * The page size when a list request names none: the contract's `LimitParam` default. The dispatcher
 * validates query parameters but does not fill their defaults (they sit behind `$ref`s), so the
 * routes apply it.
 */
export const DEFAULT_PAGE_SIZE = 20;
