/**
 * Presents a backend message as a sentence: capital first letter, final full stop.
 * The core writes messages for a terminal line ("workspace name must not be empty").
 */
export function asSentence(message: string): string {
  const text = message.trim();
  if (text === "") return text;
  const first = text.charAt(0).toLocaleUpperCase("en");
  const ending = /[.!?…]$/.test(text) ? "" : ".";
  return first + text.slice(1) + ending;
}
