import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright specs live in tests/e2e and must not be picked up by Vitest.
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // These tests check behaviour, never speed (budgets live in `npm run bench`): a loaded 2-core CI machine
    // must not turn a slow-but-correct simulation red. 5 s (the default) was hit by busy-loop tests under load.
    testTimeout: 30_000,
  },
});
