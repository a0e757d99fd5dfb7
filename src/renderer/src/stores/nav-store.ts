import { create } from 'zustand'
import { SCREEN_IDS, type ScreenId } from '../screens/screen-ids'

interface NavState {
  screen: ScreenId
  go(screen: ScreenId): void
}

function screenFromHash(): ScreenId {
  const id = window.location.hash.replace(/^#\/?/, '').split('/')[0]
  return SCREEN_IDS.find((screen) => screen === id) ?? 'sell'
}

/**
 * Which screen is showing. It lives in the URL hash (#/products) so a reload or a second window
 * opens on the same screen, and the page itself never navigates.
 */
export const useNavStore = create<NavState>()((set) => ({
  screen: screenFromHash(),
  go(screen) {
    if (window.location.hash !== `#/${screen}`) window.location.hash = `#/${screen}`
    set({ screen })
  }
}))

window.addEventListener('hashchange', () => useNavStore.setState({ screen: screenFromHash() }))
