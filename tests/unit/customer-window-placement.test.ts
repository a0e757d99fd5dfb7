import { describe, expect, it } from 'vitest'
import { placeCustomerWindow, type ScreenInfo } from '../../src/main/window/customer-window-placement'

const laptop: ScreenInfo = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 }, workArea: { x: 0, y: 0, width: 1366, height: 728 } }
const poleDisplay: ScreenInfo = { id: 7, bounds: { x: 1366, y: 0, width: 800, height: 480 }, workArea: { x: 1366, y: 0, width: 800, height: 480 } }
const leftOfTill: ScreenInfo = { id: 9, bounds: { x: -1920, y: 0, width: 1920, height: 1080 }, workArea: { x: -1920, y: 0, width: 1920, height: 1040 } }

describe('where the customer display opens', () => {
  it('fills the first screen the till is not on', () => {
    expect(placeCustomerWindow([laptop, poleDisplay], 1)).toEqual({ bounds: poleDisplay.bounds, fullscreen: true })
    expect(placeCustomerWindow([leftOfTill, laptop, poleDisplay], 1)).toEqual({ bounds: leftOfTill.bounds, fullscreen: true })
    // The till moved to the second screen: the display takes the first.
    expect(placeCustomerWindow([laptop, poleDisplay], 7)).toEqual({ bounds: laptop.bounds, fullscreen: true })
  })

  it('with one screen, opens as a window in its top corner, never larger than the screen', () => {
    expect(placeCustomerWindow([laptop], 1)).toEqual({ bounds: { x: 566, y: 0, width: 800, height: 600 }, fullscreen: false })
    const small: ScreenInfo = { id: 2, bounds: { x: 0, y: 0, width: 640, height: 480 }, workArea: { x: 0, y: 20, width: 640, height: 460 } }
    expect(placeCustomerWindow([small], 2)).toEqual({ bounds: { x: 0, y: 20, width: 640, height: 460 }, fullscreen: false })
  })

  it('has nowhere to go without a screen', () => {
    expect(placeCustomerWindow([], 1)).toBeNull()
  })
})
