// Settings kept in the window's localStorage: they belong to this computer, not a workspace.

const LARGE_TEXT = "dfs-adopt.largeText";
const LAST_WORKSPACE = "dfs-adopt.lastWorkspace";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadLargeText(): boolean {
  return storage()?.getItem(LARGE_TEXT) === "1";
}

export function saveLargeText(on: boolean): void {
  storage()?.setItem(LARGE_TEXT, on ? "1" : "0");
}

/** Applies the setting to the page: the root font size scales everything sized in rem. */
export function applyLargeText(on: boolean): void {
  if (typeof document !== "undefined") document.documentElement.classList.toggle("large-text", on);
}

export function loadLastWorkspace(): string | null {
  return storage()?.getItem(LAST_WORKSPACE) ?? null;
}

export function saveLastWorkspace(id: string | null): void {
  if (id === null) storage()?.removeItem(LAST_WORKSPACE);
  else storage()?.setItem(LAST_WORKSPACE, id);
}
