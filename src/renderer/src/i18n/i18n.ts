import { initReactI18next } from 'react-i18next'
import { directionOf, matchLanguage, type Language } from '../../../shared/i18n/languages'
import { createI18n } from '../../../shared/i18n/translator'
import type { ScreenLanguage } from '../../../shared/settings'

/** The system's preferred languages as the page sees them (Electron passes the OS's). */
function systemLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages
}

/** The language the system asks for, among the five Tillpoint speaks (English when none). */
export function systemLanguage(): Language {
  return matchLanguage(systemLanguages())
}

/** The renderer's one i18next instance: `useTranslation()` in components, `i18n.t` in plain modules. */
export const i18n = createI18n(systemLanguage(), [initReactI18next])

/** `t` for code outside components (parsers, stores); components use `useTranslation().t` so they re-render on a switch. */
export const t = i18n.t.bind(i18n)

export function resolveScreenLanguage(choice: ScreenLanguage): Language {
  return choice === 'system' ? systemLanguage() : choice
}

function markPage(language: Language): void {
  if (typeof document === 'undefined') return
  document.documentElement.lang = language
  document.documentElement.dir = directionOf(language)
}
markPage(systemLanguage())

/** Switches every word on screen and the page's direction (`<html lang dir>`). */
export async function applyScreenLanguage(language: Language): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language)
  markPage(language)
}

export function currentLanguage(): Language {
  return matchLanguage([i18n.language])
}
