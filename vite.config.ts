/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { zstackBackend } from './sim/vite-plugin.ts';

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? 'localhost';
// Intranet users open the console by host name (http://<host>:5173), which Vite refuses by default. Served on a
// non-loopback address (HOST=0.0.0.0) it answers to any name; ALLOWED_HOSTS=a,b narrows that to a list.
const allowedHosts: true | string[] | undefined = process.env.ALLOWED_HOSTS
  ? process.env.ALLOWED_HOSTS.split(',').map((h) => h.trim())
  : ['localhost', '127.0.0.1', '::1'].includes(host)
    ? undefined
    : true;

export default defineConfig({
  plugins: [react(), zstackBackend()],
  server: { port, strictPort: true, host, ...(allowedHosts ? { allowedHosts } : {}) },
  preview: { port, strictPort: true, host, ...(allowedHosts ? { allowedHosts } : {}) },
  build: { target: 'es2022', sourcemap: false },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/support/setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'sim', environment: 'node', include: ['test/sim/**/*.test.ts'] },
      },
    ],
  },
});
