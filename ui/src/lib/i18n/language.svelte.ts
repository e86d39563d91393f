// The interface language: a setting of this computer (localStorage), by default the
// operating system's locale as the webview reports it. Both windows read it; the room view
// follows a change made in the main window through the `storage` event.

export type Language = "en" | "fr";

export const languages: readonly Language[] = ["en", "fr"];

/** Each language named in itself, as a language menu shows it. */
export const languageNames: Readonly<Record<Language, string>> = { en: "English", fr: "Français" };

export const LANGUAGE_KEY = "dfs-adopt.language";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** The language a locale tag asks for: French for any `fr…` tag, English otherwise. */
export function languageOf(tag: string | null | undefined): Language {
  return tag?.trim().toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** A stored setting, when it names a language the window has. */
export function parseLanguage(value: string | null | undefined): Language | null {
  return value === "en" || value === "fr" ? value : null;
}

function systemTag(): string | undefined {
  return typeof navigator === "undefined" ? undefined : navigator.language;
}

function initial(): Language {
  return parseLanguage(storage()?.getItem(LANGUAGE_KEY)) ?? languageOf(systemTag());
}

const state = $state<{ current: Language }>({ current: initial() });

/** The interface language now (reactive: markup that reads it is redrawn when it changes). */
export function language(): Language {
  return state.current;
}

function applyToPage(next: Language): void {
  if (typeof document !== "undefined") document.documentElement.lang = next;
}

/** Switches the interface language and remembers it on this computer. */
export function setLanguage(next: Language, remember = true): void {
  state.current = next;
  if (remember) storage()?.setItem(LANGUAGE_KEY, next);
  applyToPage(next);
}

/** English ↔ French (the keyboard shortcut). */
export function toggleLanguage(): void {
  setLanguage(state.current === "fr" ? "en" : "fr");
}

/**
 * The locale Intl formats dates and numbers with: the system's own tag when it is of the
 * interface language (fr-CA stays fr-CA); otherwise fr-FR or en-GB, or in English Intl's
 * default when the webview reports no tag it accepts (LANG=C).
 */
export function interfaceLocale(lang: Language = state.current, tag: string | undefined = systemTag()): string | undefined {
  const usable = tag !== undefined && usableTag(tag);
  if (lang === "fr") return usable && languageOf(tag) === "fr" ? tag : "fr-FR";
  return usable ? (languageOf(tag) === "en" ? tag : "en-GB") : undefined;
}

/** Under a bare environment (LANG=C) WebKitGTK reports tags Intl refuses: those are not used. */
function usableTag(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0;
  } catch {
    return false;
  }
}

/** Follows a change another window of the app made (the room view follows the main window). */
export function followOtherWindows(): void {
  if (typeof window === "undefined") return;
  window.addEventListener("storage", (event) => {
    if (event.key !== LANGUAGE_KEY) return;
    const next = parseLanguage(event.newValue);
    if (next && next !== state.current) setLanguage(next, false);
  });
}

applyToPage(state.current);
