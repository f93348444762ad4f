/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { zstackBackend } from './sim/vite-plugin.ts';

const port = Number(process.env.PORT ?? 5173);

export default defineConfig({
  plugins: [react(), zstackBackend()],
  server: { port, strictPort: true, host: process.env.HOST ?? 'localhost' },
  preview: { port, strictPort: true, host: process.env.HOST ?? 'localhost' },
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
