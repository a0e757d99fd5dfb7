import 'i18next'
import type en from './locales/en.json'

// Keys are checked by tsc against the English catalog: a misspelt key or a missing
// interpolation value does not compile, in the renderer and in the main process alike.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en }
  }
}
