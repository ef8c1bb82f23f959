// Svelte compiler settings shared by Vite and svelte-check: TypeScript in components via Vite.
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
};
