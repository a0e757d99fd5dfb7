import { expect, type Page } from '@playwright/test'

/** The counter sizes every screen must work at: small and large landscape, and a portrait tablet. */
export const COUNTER_SIZES = [
  { width: 800, height: 600 },
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 768, height: 1024 }
] as const

export const sizeName = (size: { width: number; height: number }) => `${size.width}x${size.height}`

export interface OutOfReach {
  what: string
  rect: { left: number; top: number; right: number; bottom: number }
  why: string
}

/**
 * Runs in the page: every visible control that a finger or pointer cannot reach. A control is
 * reachable when it lies inside the window, or inside a box that scrolls and that itself lies
 * inside the window (so scrolling that box brings it into view). A control cut off by a box that
 * hides its overflow, or pushed past the window's edge, is not.
 */
function findOutOfReach(): OutOfReach[] {
  const selector = 'button, input:not([type="hidden"]), select, textarea, a[href], [role="tab"], [role="button"], [tabindex]:not([tabindex="-1"])'
  const viewport = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight }
  const slack = 1
  const inside = (r: { left: number; top: number; right: number; bottom: number }, box: typeof viewport) =>
    r.left >= box.left - slack && r.top >= box.top - slack && r.right <= box.right + slack && r.bottom <= box.bottom + slack
  const scrolls = (element: Element) => {
    const style = getComputedStyle(element)
    const y = /(auto|scroll)/.test(style.overflowY) && element.scrollHeight > element.clientHeight
    const x = /(auto|scroll)/.test(style.overflowX) && element.scrollWidth > element.clientWidth
    return x || y
  }
  const describe = (element: Element) =>
    element.getAttribute('data-testid') ??
    element.getAttribute('aria-label') ??
    `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}"`
  // A row meant to scroll sideways (the category chips): one flex line that scrolls on x.
  const isSidewaysRow = (element: Element) => {
    const style = getComputedStyle(element)
    return /(auto|scroll)/.test(style.overflowX) && style.display.includes('flex') && style.flexDirection.startsWith('row') && style.flexWrap === 'nowrap'
  }
  // A control past the left or right edge of a box that clips it (a panel that only meant to scroll
  // down, or hides its overflow) sits inside the window yet shows only in part, or not at all.
  const cutSideways = (element: Element, box: { left: number; right: number }) => {
    for (let ancestor = element.parentElement; ancestor && ancestor !== document.body; ancestor = ancestor.parentElement) {
      // A modal dialog is drawn in the top layer: the boxes around it in the page do not clip it.
      if (ancestor.tagName === 'DIALOG') return null
      if (getComputedStyle(ancestor).overflowX === 'visible') continue
      const outer = ancestor.getBoundingClientRect()
      if (box.left >= outer.left - slack && box.right <= outer.right + slack) continue
      if (!isSidewaysRow(ancestor)) return ancestor
    }
    return null
  }
  // Inside an open modal dialog only the dialog counts: the page under it is inert.
  const modal = document.querySelector('dialog[open]')
  const root = modal ?? document.body
  const problems: OutOfReach[] = []
  for (const element of Array.from(root.querySelectorAll(selector))) {
    const rect = element.getBoundingClientRect()
    if (rect.width === 0 || rect.height === 0) continue
    const style = getComputedStyle(element)
    if (style.visibility === 'hidden' || element.closest('[inert], [hidden], .visually-hidden')) continue
    const box = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }
    const cutBy = cutSideways(element, box)
    if (cutBy) {
      problems.push({
        what: describe(element),
        rect: box,
        why: `cut off at the side by ${cutBy.getAttribute('data-testid') ?? `.${cutBy.className}`}, which is not a row that scrolls sideways`
      })
      continue
    }
    if (inside(box, viewport)) continue
    // Off the window: reachable only if a scrolling ancestor (inside the window) holds it.
    let ancestor = element.parentElement
    let reachable = false
    while (ancestor && ancestor !== document.body && ancestor !== document.documentElement) {
      if (scrolls(ancestor)) {
        const outer = ancestor.getBoundingClientRect()
        const visible = {
          left: Math.max(outer.left, 0),
          top: Math.max(outer.top, 0),
          right: Math.min(outer.right, viewport.right),
          bottom: Math.min(outer.bottom, viewport.bottom)
        }
        reachable = visible.right - visible.left >= Math.min(rect.width, 40) && visible.bottom - visible.top >= Math.min(rect.height, 40)
        break
      }
      ancestor = ancestor.parentElement
    }
    if (!reachable) problems.push({ what: describe(element), rect: box, why: 'outside the window and in no box that scrolls' })
  }
  const doc = document.documentElement
  if (doc.scrollWidth > window.innerWidth + slack)
    problems.push({ what: 'page', rect: { left: 0, top: 0, right: doc.scrollWidth, bottom: doc.scrollHeight }, why: 'the page scrolls sideways' })
  if (window.scrollX !== 0 || window.scrollY !== 0)
    problems.push({ what: 'page', rect: viewport, why: `the page is shifted by ${window.scrollX},${window.scrollY}` })
  return problems
}

/** Fails, naming each one, when a visible control is out of reach or the page itself has shifted. */
export async function expectAllInReach(page: Page, where: string): Promise<void> {
  const problems = await page.evaluate(findOutOfReach)
  expect(problems, `${where}: controls out of reach`).toEqual([])
}

/** Text that its box cuts off (an ellipsis or a clipped figure): the test ids given that do not fit. */
export async function expectNotCut(page: Page, testId: string, where: string): Promise<void> {
  const cut = await page
    .getByTestId(testId)
    .evaluateAll((elements) =>
      elements
        .filter((element) => element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)
        .map((element) => (element.textContent ?? '').trim())
    )
  expect(cut, `${where}: ${testId} cut off`).toEqual([])
}

/** Every visible button and field (in the open dialog, if one is) at least `min` px tall and wide: a fingertip. */
export async function expectTargetsAtLeast(page: Page, min: number, where: string): Promise<void> {
  const small = await page.evaluate((least) => {
    const root = document.querySelector('dialog[open]') ?? document.body
    return Array.from(root.querySelectorAll('button, input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]), select, [role="tab"]'))
      .filter((element) => !element.closest('.visually-hidden'))
      .map((element) => ({ element, rect: element.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > 0 && rect.height > 0 && (rect.height < least - 0.5 || rect.width < least - 0.5))
      .map(
        ({ element, rect }) =>
          `${element.getAttribute('data-testid') ?? element.getAttribute('aria-label') ?? (element.textContent ?? '').trim().slice(0, 30)}: ${Math.round(rect.width)}x${Math.round(rect.height)}`
      )
  }, min)
  expect(small, `${where}: targets under ${min} px`).toEqual([])
}
