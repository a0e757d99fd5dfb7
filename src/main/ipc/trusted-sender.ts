/**
 * Only the app's own renderer may call the API: its page is loaded from the built files
 * (file://.../out/renderer/index.html) or, in development, from the electron-vite dev server.
 */
export function createSenderCheck(allowed: { rendererFile?: string; devServerUrl?: string }): (url: string) => boolean {
  const devOrigin = allowed.devServerUrl ? new URL(allowed.devServerUrl).origin : null
  const rendererUrl = allowed.rendererFile ? withoutQuery(new URL(`file://${allowed.rendererFile.replaceAll('\\', '/')}`)) : null
  return (url) => {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return false
    }
    if (devOrigin !== null && parsed.origin === devOrigin) return true
    return rendererUrl !== null && parsed.protocol === 'file:' && withoutQuery(parsed) === rendererUrl
  }
}

function withoutQuery(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`
}
