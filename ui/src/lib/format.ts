// Dates, times and numbers in the interface language (Intl), for display only; the wire keeps ISO text.

import { interfaceLocale } from "./i18n/language.svelte";

/** A tag Intl accepts, or undefined (Intl's default) for one it refuses. */
function usable(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(lang).length > 0 ? lang : undefined;
  } catch {
    return undefined;
  }
}

const locale = (): string | undefined => interfaceLocale();

/**
 * A calendar date `YYYY-MM-DD` written out: "31 March 2027" in English, « 5 juin 2025 » in
 * French, where the first of the month is « 1er juin 2025 » (Intl writes "1 juin").
 */
export function formatDate(iso: string | null, lang = locale()): string {
  if (!iso) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const tag = usable(lang);
  const format = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" });
  return firstOfMonth(format, date, tag, date.getUTCDate());
}

/** French writes the first of the month as an ordinal: « 1er juin », never « 1 juin ». */
function firstOfMonth(format: Intl.DateTimeFormat, date: Date, tag: string | undefined, day: number): string {
  if (!tag?.toLowerCase().startsWith("fr") || day !== 1) return format.format(date);
  return format
    .formatToParts(date)
    .map((part) => (part.type === "day" && part.value === "1" ? "1er" : part.value))
    .join("");
}

/** An instant (RFC 3339) in local time, e.g. "24 Nov 2026, 14:05". */
export function formatDateTime(iso: string | null, lang = locale()): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const tag = usable(lang);
  return firstOfMonth(new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short" }), date, tag, date.getDate());
}

/** Today in local time as `YYYY-MM-DD`, for file names. */
export function todayIso(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A count in the interface language ("10,000", « 10 000 »). */
export function formatCount(n: number, lang = locale()): string {
  return new Intl.NumberFormat(usable(lang)).format(n);
}
