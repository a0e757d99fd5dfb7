// ESLint: typescript-eslint's type-checked rules over every TypeScript file (each in the tsconfig that
// compiles it), React's hooks rules and jsx-a11y over the renderer. Formatting is Prettier's job.
import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'build/', 'test-results/', 'playwright-report/', 'bench/results/', 'resources/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.e2e.json'],
        tsconfigRootDir: import.meta.dirname
      }
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Callbacks in props and service interfaces are declared with method syntax and never use
      // `this`; the rule cannot tell them from class methods and flags every destructured one.
      '@typescript-eslint/unbound-method': 'off',
      // An async function here answers a promise by contract (an interface, a handler map, a stand-in);
      // one that does not await is not a mistake.
      '@typescript-eslint/require-await': 'off',
      // Money is a branded number (`number & { __brand }`), which this rule does not take for a number.
      '@typescript-eslint/no-unsafe-unary-minus': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }]
    }
  },
  { ...reactHooks.configs.flat.recommended, files: ['src/renderer/**/*.{ts,tsx}'] },
  { ...jsxA11y.flatConfigs.recommended, files: ['src/renderer/**/*.tsx'] },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      // A till's dialogs put the cursor in their first field on purpose: the cashier types or scans
      // at once, without reaching for the mouse.
      'jsx-a11y/no-autofocus': 'off',
      // These are the React Compiler's rules (v7 of the plugin turns them on); the app is not built
      // with the compiler. The rules of hooks and exhaustive-deps stay errors.
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      'react-hooks/purity': 'off',
      'react-hooks/immutability': 'off',
      'react-hooks/incompatible-library': 'off'
    }
  },
  {
    files: ['tests/**/*.ts', 'src/**/*.test.ts'],
    rules: {
      // Vitest's and Playwright's asymmetric matchers (expect.any, expect.objectContaining) are typed any.
      '@typescript-eslint/no-unsafe-assignment': 'off'
    }
  },
  // Playwright reads a fixture's dependencies from its first parameter, which must be a destructuring pattern.
  { files: ['tests/e2e/**/*.ts'], rules: { 'no-empty-pattern': 'off' } },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node }
  }
)
