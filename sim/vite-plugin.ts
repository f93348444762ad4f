// Stable entry point for vite.config.ts: the plugin lives in http/vite-plugin.ts.
export { zstackBackend } from './http/vite-plugin.ts';
