import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

/**
 * The files that must have a module graph of their own: they mock `electron` (vi.mock), fake the
 * timers, or load the built app through a stand-in of Electron that swaps entries of require's cache.
 */
const ISOLATED = ['tests/unit/main-window.test.ts', 'tests/unit/clean-quit.test.ts', 'tests/integration/built-app.test.ts']

const common = {
  environment: 'node',
  pool: 'forks' as const,
  // One migrated database for the run: each test till starts as a copy of it (tests/support/till-template.ts).
  globalSetup: 'tests/support/vitest-setup.ts',
  testTimeout: 30_000
}

export default defineConfig({
  test: {
    // One test process per core, not vitest's cores - 1: on a 2-core machine that is 2 instead of 1 (fast set 185 s -> 120 s, all green).
    maxWorkers: availableParallelism(),
    projects: [
      {
        test: {
          ...common,
          name: 'shared',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          exclude: ISOLATED,
          // Each worker loads the main-process code once for all its files instead of once per file
          // (the import phase was about half of the run); no file here keeps state in a module it shares.
          isolate: false
          // No typecheck here: tests/types/*.test-d.ts are in tsconfig.node.json, so `npm run typecheck`
          // (before vitest in `npm test`) already fails on a wrong expectTypeOf; vitest's own pass was ~45 s more.
        }
      },
      { test: { ...common, name: 'isolated', include: ISOLATED } }
    ]
  }
})
