import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY, DEV_SERVER_CONTENT_SECURITY_POLICY, withCspMeta } from './src/main/window/content-security-policy'

/** index.html gets its Content-Security-Policy from the one module the Electron glue also uses. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'tillpoint-content-security-policy',
    transformIndexHtml: (html, context) => withCspMeta(html, context.server ? DEV_SERVER_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY)
  }
}

/**
 * The main process bundles only the app's own code and loads every package from the installed
 * node_modules, so what it needs at run time is exactly what the built-app test checks against
 * `dependencies` (electron-vite's default would quietly bundle a package missing from them).
 */
const PACKAGE_IMPORT = /^(?![./\\\0]|[A-Za-z]:[\\/])/

export default defineConfig({
  main: {
    build: {
      externalizeDeps: false,
      // The backup and catalog import workers are files beside index.js: a worker thread loads each by path.
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          'backup-worker': resolve(__dirname, 'src/main/backups/backup-worker.ts'),
          'catalog-import-worker': resolve(__dirname, 'src/main/catalog/import-worker.ts')
        },
        external: [PACKAGE_IMPORT]
      }
    }
  },
  preload: {
    // A sandboxed preload cannot require packages: bundle everything it imports.
    build: {
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), contentSecurityPolicy()],
    build: {
      // The till opens on a counter PC: a smaller bundle is a faster first screen.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    }
  }
})
