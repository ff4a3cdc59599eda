/** A strategy variant as the reports group by it: one key for a map, one order for the rows. */

export interface VariantKey {
  strategy: string;
  segment: string;
  variant: string;
}

/** A map key naming the variant (the parts cannot hold a NUL). */
export const variantKey = (v: VariantKey): string => `${v.strategy}\u0000${v.segment}\u0000${v.variant}`;

/** By strategy, then segment, then variant. */
export function compareVariants(a: VariantKey, b: VariantKey): number {
  return (
    a.strategy.localeCompare(b.strategy) || a.segment.localeCompare(b.segment) || a.variant.localeCompare(b.variant)
  );
}
