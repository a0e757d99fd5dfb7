import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** WCAG 2.1 A and AA, plus axe's best practices (which hold the landmark rules). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']

/** Landmark rules axe rates "moderate"; the issue asks for them all the same (every part of a screen in a landmark). */
const LANDMARK_RULES = new Set(['region', 'landmark-one-main', 'landmark-no-duplicate-main', 'landmark-unique', 'landmark-main-is-top-level'])

/**
 * Runs axe on what the page shows now and fails on any serious or critical violation, or any
 * landmark one, listing each rule with the elements it found, so the failure says what to fix.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const grave = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical' || LANDMARK_RULES.has(violation.id))
  const found = grave.map((violation) => {
    const nodes = violation.nodes.slice(0, 6).map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`)
    return `  ${violation.id} (${violation.impact}, ${violation.nodes.length}×): ${violation.help}\n${nodes.join('\n')}`
  })
  expect(found, `axe on ${screen}:\n${found.join('\n')}`).toEqual([])
}
