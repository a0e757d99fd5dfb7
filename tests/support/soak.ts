/**
 * `npm run test:soak` sets TILLPOINT_SOAK=1 and runs the long versions of the crash loops and the
 * print layouts; `npm test` runs a short version of each, so the everyday loop stays fast.
 */
export const SOAK = process.env.TILLPOINT_SOAK === '1'

export function soak<T>(short: T, long: T): T {
  return SOAK ? long : short
}
