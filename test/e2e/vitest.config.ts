import { defineConfig } from 'vitest/config';

/** The browser suite: one worker at a time, since each file runs Concord and a Chromium. */
export default defineConfig({
  // Vite 8 transforms with oxc (an `esbuild` option is ignored there): Hono's JSX runtime.
  oxc: { jsx: { runtime: 'automatic', importSource: 'hono/jsx' } },
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
