import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LITERAL_WORDS_LEFT } from './i18n-literal-baseline'
import { literalWords, rendererModules } from './support/literal-words'

const RENDERER = join(__dirname, '../../src/renderer/src')

/**
 * Strings that read as words but are not for the shopkeeper to read in their language. Each says why;
 * anything else a renderer module writes must come from a catalog.
 */
const NOT_TRANSLATED: Record<string, { words: string[]; why: string }> = {
  'main.tsx': { words: ['The page has no #root element'], why: 'thrown before any screen exists: a broken build, for the developer' },
  'lib/money.ts': { words: ['`Not an amount of minor units: ${amount}`'], why: 'a programming-error guard, never shown' },
  'lib/hotkeys.ts': { words: ['Ctrl', 'Alt', 'Shift', 'Esc'], why: 'hotkey names matched against KeyboardEvent and printed as key caps' },
  'components/ShortcutsDialog.tsx': { words: ['Escape', 'Enter', 'Enter'], why: 'KeyboardEvent.key names of the shortcuts list' },
  'screens/sell/barcode-wedge.ts': { words: ['Shift', 'Control', 'Alt', 'Meta'], why: 'KeyboardEvent.key values the scanner ignores' },
  'screens/startup/StartupProblemScreen.tsx': { words: ['Tillpoint'], why: 'the product’s name' }
}

/** The words of a module that should be in a catalog: what the check finds, less the list above. */
function wordsToTranslate(file: string): string[] {
  const allowed = [...(NOT_TRANSLATED[file]?.words ?? [])]
  return literalWords(join(RENDERER, file)).filter((word) => {
    const at = allowed.indexOf(word)
    if (at === -1) return true
    allowed.splice(at, 1)
    return false
  })
}

/** Writes `lines` as the module `name` in a temp folder and returns the words the check finds in it. */
function plantAndCheck(name: string, lines: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'literal-words-'))
  try {
    const file = join(dir, name)
    writeFileSync(file, lines.join('\n'))
    return literalWords(file)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const modules = () => rendererModules(RENDERER).map((file) => relative(RENDERER, file))

describe('renderer words come from the catalogs', () => {
  it.each(modules())('%s writes no more words of its own than its baseline', (file) => {
    // A module not in the baseline must write none; one in it may only go down (lower it when it does).
    const words = wordsToTranslate(file)
    expect(words.length, `words to move to a catalog: ${words.join(' | ')}`).toBeLessThanOrEqual(LITERAL_WORDS_LEFT[file] ?? 0)
  })

  it('finds words in JSX, in word props, in lists of labels, in toast() and in .ts modules (the check can fail)', () => {
    const planted = plantAndCheck('Planted.tsx', [
      "import { t } from 'i18next'",
      "const CHOICES = [{ value: 'a', label: 'Planted label' }, 'Planted item']",
      "export const Planted = () => <p title='Planted title' className='not words'>Planted text {t('some.key')}</p>",
      "export const Choice = () => <Segmented choices={[{ value: 'all', label: 'All prints' }]} variant='primary' />",
      'toast(`Saved ${1} files`)'
    ])
    expect(planted).toEqual(['Planted label', 'Planted item', 'Planted title', 'Planted text', 'All prints', '`Saved ${1} files`'])
    const inModule = plantAndCheck('planted-words.ts', [
      "export const WORDS: Record<string, string> = { off: 'Sync off', synced: 'Sent' }",
      "if (key === 'Escape') throw 0"
    ])
    expect(inModule).toEqual(['Sync off', 'Sent'])
  })

  it('leaves keys, codes, classes, test ids, routes and comparisons alone', () => {
    const quiet = plantAndCheck('Quiet.tsx', [
      "import { useTranslation } from 'react-i18next'",
      "type Phase = 'Sync off'",
      "const tone = { code: 'PRINT_FAILED', kind: 'Receipt', testId: 'print-job' }",
      "if (event.key === 'Enter') open('#/settings/sync')",
      "export const Quiet = () => <p className={`print-job print-job--${tone.code}`} data-testid='quiet'>{t('syncStatus.phase.off')}</p>"
    ])
    expect(quiet).toEqual([])
  })

  it('keeps the baseline honest: every file in it still exists and still has words left', () => {
    const counts = Object.fromEntries(modules().map((file) => [file, wordsToTranslate(file).length]))
    const done = Object.keys(LITERAL_WORDS_LEFT).filter((file) => !(file in counts))
    expect(done, 'files in the baseline that no longer exist: remove them').toEqual([])
    const left = Object.values(counts).reduce((sum, count) => sum + count, 0)
    // Printed: the languages work in progress (README → Languages says what is done).
    console.info(`renderer files with literal words: ${Object.values(counts).filter((count) => count > 0).length}, words: ${left}`)
  })
})
