// Small pieces every language's messages use.

/** "1 Open, 2 Adopt, …": a value set's labels numbered by their keys, in the contract's order. */
export function numbered<T extends string>(codes: readonly T[], labels: Readonly<Record<T, string>>): string {
  return codes.map((code, i) => `${i + 1} ${labels[code]}`).join(", ");
}
