// The browser-test entry: installs the mock backend (configured by the test through
// `window.__mockConfig`), then starts the app as main.ts does.

import { installMockBackend, type MockBackend, type MockConfig } from "./mockBackend";

declare global {
  interface Window {
    __mockConfig?: MockConfig;
    __mock?: MockBackend;
  }
}

window.__mock = installMockBackend(window.__mockConfig ?? {});
await import("../main");
