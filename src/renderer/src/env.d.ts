import type { TillpointApi } from '../../shared/contract'

declare global {
  interface Window {
    api: TillpointApi
  }
}

export {}
