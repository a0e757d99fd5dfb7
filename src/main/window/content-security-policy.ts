/**
 * The renderer's Content-Security-Policy, in one place: the build writes it into index.html as a
 * meta tag and the Electron glue sends it as a response header. Only the app's own files may run;
 * nothing is fetched from a remote origin and nothing is evaluated from a string.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // React sets element styles through the style attribute; no stylesheet comes from elsewhere.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
  'frame-ancestors': ["'none'"]
}

export function serializeCsp(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

export const CONTENT_SECURITY_POLICY = serializeCsp(CSP_DIRECTIVES)

/**
 * The dev server injects an inline React Refresh preamble and talks to its page over a websocket;
 * the policy for `electron-vite dev` allows exactly that and nothing else. Never used in a build.
 */
export const DEV_SERVER_CONTENT_SECURITY_POLICY = serializeCsp({
  ...CSP_DIRECTIVES,
  'script-src': ["'self'", "'unsafe-inline'"],
  'connect-src': ["'self'", 'ws://localhost:*', 'ws://127.0.0.1:*']
})

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/i

const HEAD_START = /<head[^>]*>(\s*<meta\s+charset="[^"]*"\s*\/?>)?/i

/** Puts the policy into <head> before any script (after the charset), replacing any policy already there. */
export function withCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`
  const cleaned = html.replace(CSP_META, '')
  if (!HEAD_START.test(cleaned)) throw new Error('index.html has no <head> to carry the Content-Security-Policy')
  return cleaned.replace(HEAD_START, (start) => `${start}\n    ${meta}`)
}
