import { describe, expect, it } from 'vitest'
import { BarcodeWedge, MAX_KEY_GAP_MS, SCAN_KEY_GAP_MS, type WedgeVerdict } from '../../src/renderer/src/screens/sell/barcode-wedge'

/** Feeds keys at the given gaps (ms before each key; the first key's gap is ignored). */
function feed(wedge: BarcodeWedge, keys: string[], gaps: number | number[], start = 1000): WedgeVerdict[] {
  let time = start
  return keys.map((key, index) => {
    time += Array.isArray(gaps) ? (gaps[index] ?? 0) : index === 0 ? 0 : gaps
    return wedge.onKey({ key, time, modified: false })
  })
}

const typed = (text: string) => [...text, 'Enter']

describe('the barcode wedge', () => {
  it('lets the first key land, holds the rest of a fast burst and turns its Enter into a scan', () => {
    const verdicts = feed(new BarcodeWedge(), typed('5060712340011'), 12)
    expect(verdicts[0]).toEqual({ kind: 'pass', startsBurst: true, release: '' })
    expect(verdicts.slice(1, -1).every((verdict) => verdict.kind === 'hold')).toBe(true)
    expect(verdicts.at(-1)).toEqual({ kind: 'scan', code: '5060712340011' })
  })

  it('reads the same code twice in a row as two scans', () => {
    const wedge = new BarcodeWedge()
    expect(feed(wedge, typed('4006381333931'), 10, 1000).at(-1)).toEqual({ kind: 'scan', code: '4006381333931' })
    expect(feed(wedge, typed('4006381333931'), 10, 1400).at(-1)).toEqual({ kind: 'scan', code: '4006381333931' })
  })

  it('never reads a typed quantity as part of the code that follows (no 22 for 2 then a scan)', () => {
    const wedge = new BarcodeWedge()
    expect(feed(wedge, ['2'], 0, 1000)).toEqual([{ kind: 'pass', startsBurst: true, release: '' }])
    const scan = feed(wedge, typed('2000'), 10, 1000 + 400)
    expect(scan[0]).toEqual({ kind: 'pass', startsBurst: true, release: '' })
    expect(scan.at(-1)).toEqual({ kind: 'scan', code: '2000' })
  })

  it('treats a person typing as typing, even a quick pair of keys, and gives held keys back', () => {
    const wedge = new BarcodeWedge()
    const verdicts = feed(wedge, typed('coffee'), [0, 30, 180, 140, 40, 160, 150])
    expect(verdicts.map((verdict) => verdict.kind)).toEqual(['pass', 'hold', 'pass', 'pass', 'hold', 'pass', 'pass'])
    expect(verdicts[2]).toEqual({ kind: 'pass', startsBurst: true, release: 'o' })
    expect(verdicts[5]).toEqual({ kind: 'pass', startsBurst: true, release: 'e' })
    expect(verdicts[6]).toEqual({ kind: 'pass', startsBurst: false, release: '' })
  })

  it('releases a quick burst that went quiet without Enter', () => {
    const wedge = new BarcodeWedge()
    feed(wedge, ['a', 'b', 'c'], 20)
    expect(wedge.holding).toBe(true)
    expect(wedge.release()).toBe('bc')
    expect(wedge.holding).toBe(false)
  })

  it('needs a code of at least four characters', () => {
    const verdicts = feed(new BarcodeWedge(), typed('123'), 5)
    expect(verdicts.at(-1)).toEqual({ kind: 'pass', startsBurst: false, release: '23' })
  })

  it('tolerates one slow gap when the burst is fast on average, but not a person-paced one', () => {
    const jitter = [0, 10, 10, MAX_KEY_GAP_MS - 5, 10, 10, 10, 10, 10, 10]
    expect(feed(new BarcodeWedge(), typed('123456789'), jitter).at(-1)).toEqual({ kind: 'scan', code: '123456789' })
    const steady = SCAN_KEY_GAP_MS + 15
    expect(feed(new BarcodeWedge(), typed('123456789'), steady).at(-1)).toMatchObject({ kind: 'pass' })
    // A longer pause ends the burst: what follows is too short to be a code of its own.
    const broken = feed(new BarcodeWedge(), typed('123456789'), [0, 10, 10, 10, 10, 10, MAX_KEY_GAP_MS + 1, 10, 10, 10])
    expect(broken[6]).toEqual({ kind: 'pass', startsBurst: true, release: '23456' })
    expect(broken.at(-1)).toEqual({ kind: 'pass', startsBurst: false, release: '89' })
  })

  it('lets Shift through inside a scan and ends a burst on any other named key or shortcut', () => {
    const wedge = new BarcodeWedge()
    let time = 1000
    const at = (key: string, modified = false) => wedge.onKey({ key, time: (time += 8), modified })
    at('A')
    expect(at('Shift')).toEqual({ kind: 'pass', startsBurst: false, release: '' })
    expect(at('B')).toEqual({ kind: 'hold' })
    expect(at('C')).toEqual({ kind: 'hold' })
    expect(at('D')).toEqual({ kind: 'hold' })
    expect(at('Enter')).toEqual({ kind: 'scan', code: 'ABCD' })
    at('1')
    at('2')
    expect(at('Backspace')).toEqual({ kind: 'pass', startsBurst: false, release: '2' })
    at('x')
    expect(at('v', true)).toEqual({ kind: 'pass', startsBurst: false, release: '' })
  })
})
