import { svelte } from "@sveltejs/vite-plugin-svelte";
import { fileURLToPath } from "node:url";
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
    // Two windows: the main one, and the room view for the projector (src-tauri/src/room.rs).
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL("index.html", import.meta.url)),
        room: fileURLToPath(new URL("room.html", import.meta.url)),
      },
    },
  },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
