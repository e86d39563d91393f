// Dates and times in the user's locale (Intl), for display only; the wire keeps ISO text.

/**
 * The user's locale, when it is a valid language tag. Under a bare environment (LANG=C)
 * WebKitGTK reports tags Intl refuses with a RangeError: then the default locale is used.
 */
function usable(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(lang).length > 0 ? lang : undefined;
  } catch {
    return undefined;
  }
}

const locale = (): string | undefined => usable(typeof navigator === "undefined" ? undefined : navigator.language);

/** A calendar date `YYYY-MM-DD`, e.g. "31 March 2027" (written as the user's locale writes it). */
export function formatDate(iso: string | null, lang = locale()): string {
  if (!iso) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(usable(lang), { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** An instant (RFC 3339) in local time, e.g. "24 Nov 2026, 14:05". */
export function formatDateTime(iso: string | null, lang = locale()): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(usable(lang), { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** Today in local time as `YYYY-MM-DD`, for file names. */
export function todayIso(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A count in the user's locale ("10,000"). */
export function formatCount(n: number, lang = locale()): string {
  return new Intl.NumberFormat(usable(lang)).format(n);
}
