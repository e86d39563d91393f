import { vitePreprocess } from "@sveltejs/vite-plugin-svelte";

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // Component styles go to the CSS file Vite emits, never into <style> tags at run time
    // (the CSP allows only 'self' styles).
    css: "external",
  },
};
