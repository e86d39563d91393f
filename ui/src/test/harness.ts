// The browser-test entry: installs the mock backend (configured by the test through
// `window.__mockConfig`), then starts the app as main.ts does.

import * as filters from "../lib/filters";
import { installMockBackend, type MockBackend, type MockConfig } from "./mockBackend";

declare global {
  interface Window {
    __mockConfig?: MockConfig;
    __mock?: MockBackend;
    /** The filter functions, so a test can time them apart from drawing. */
    __filters?: typeof filters;
  }
}

window.__mock = installMockBackend(window.__mockConfig ?? {});
window.__filters = filters;
await import("../main");
