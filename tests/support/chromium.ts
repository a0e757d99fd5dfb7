/** Debian's Chromium, never a downloaded one; these flags keep it quiet on a closed network. */
export const CHROMIUM = process.env.TILLPOINT_CHROMIUM ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run'
]
