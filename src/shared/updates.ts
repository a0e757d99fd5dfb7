/** Where the till's update stands: `off` in a build without an update address (and in development). */
export type UpdateState = 'off' | 'idle' | 'checking' | 'downloading' | 'ready' | 'error'

export interface UpdateStatus {
  state: UpdateState
  currentVersion: string
  /** The version found on the update server, once one newer than this is known. */
  availableVersion: string | null
  /** Download progress, 0 to 100, while downloading. */
  percent: number | null
  lastCheckedAt: number | null
  /** The last failure in words; the installed version keeps running. */
  error: string | null
  /** Why installing must wait now (an open shift, a sale in progress), or null when it may go ahead. */
  blockedBy: string | null
}
