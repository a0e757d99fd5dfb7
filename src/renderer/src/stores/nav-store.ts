import { create } from 'zustand'
import { SCREEN_IDS, type ScreenId } from '../screens/screen-ids'

interface NavState {
  screen: ScreenId
  /** The screen on show has edits not saved yet: leaving it asks first. */
  unsaved: boolean
  /** Where the shopkeeper asked to go while edits were unsaved: the question on screen. */
  leavingFor: string | null
  go(screen: ScreenId): void
  /** Any in-app link (#/settings/sync): every way of moving about goes through here. */
  open(hash: string): void
  setUnsaved(unsaved: boolean): void
  /** The answer to the question: keep editing, or drop the edits and go. */
  stay(): void
  leave(): void
}

function screenFromHash(): ScreenId {
  const id = window.location.hash.replace(/^#\/?/, '').split('/')[0]
  return SCREEN_IDS.find((screen) => screen === id) ?? 'sell'
}

function moveTo(hash: string): void {
  if (window.location.hash !== hash) window.location.hash = hash
  useNavStore.setState({ screen: screenFromHash() })
}

/**
 * Which screen is showing. It lives in the URL hash (#/products) so a reload or a second window
 * opens on the same screen, and the page itself never navigates.
 */
export const useNavStore = create<NavState>()((set, get) => ({
  screen: screenFromHash(),
  unsaved: false,
  leavingFor: null,
  go(screen) {
    get().open(`#/${screen}`)
  },
  open(hash) {
    if (get().unsaved) set({ leavingFor: hash })
    else moveTo(hash)
  },
  setUnsaved(unsaved) {
    set({ unsaved })
  },
  stay() {
    set({ leavingFor: null })
  },
  leave() {
    const hash = get().leavingFor
    set({ unsaved: false, leavingFor: null })
    if (hash) moveTo(hash)
  }
}))

window.addEventListener('hashchange', () => useNavStore.setState({ screen: screenFromHash() }))
