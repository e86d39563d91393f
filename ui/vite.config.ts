import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vitest/config";

// The window runs under a strict CSP (src-tauri/tauri.conf.json): everything must load as
// files from the bundle — no inline scripts or styles, no remote origins.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // WebKitGTK 2.4x on Debian 12 and newer.
    target: "safari16",
    // Assets as files, not data: URIs, so fonts and styles stay under 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
