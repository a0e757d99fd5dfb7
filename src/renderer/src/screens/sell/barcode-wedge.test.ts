import { describe, expect, it } from 'vitest'
import { BarcodeWedge, BURST_SLACK_MS, ORPHAN_WINDOW_MS, SCAN_KEY_GAP_MS, type WedgeVerdict } from './barcode-wedge'

/** Feeds keys at the given gaps (ms before each key; the first key's gap is ignored). */
function feed(wedge: BarcodeWedge, keys: string[], gaps: number | number[], start = 1000): WedgeVerdict[] {
  let time = start
  return keys.map((key, index) => {
    time += index === 0 ? 0 : Array.isArray(gaps) ? (gaps[index] ?? 0) : gaps
    return wedge.onKey({ key, time, modified: false })
  })
}

const typed = (text: string) => [...text, 'Enter']
const kinds = (verdicts: WedgeVerdict[]) => verdicts.map((verdict) => verdict.kind)

describe('the barcode wedge', () => {
  it('lets the first key land, holds the rest of a fast burst and turns its Enter into a scan', () => {
    const verdicts = feed(new BarcodeWedge(), typed('5060712340011'), 12)
    expect(verdicts[0]).toEqual({ kind: 'pass', startsBurst: true, release: '' })
    expect(kinds(verdicts.slice(1, -1)).every((kind) => kind === 'hold')).toBe(true)
    expect(verdicts.at(-1)).toEqual({ kind: 'scan', code: '5060712340011', orphan: '' })
  })

  it('reads the same code twice in a row as two scans', () => {
    const wedge = new BarcodeWedge()
    expect(feed(wedge, typed('4006381333931'), 10, 1000).at(-1)).toEqual({ kind: 'scan', code: '4006381333931', orphan: '' })
    expect(feed(wedge, typed('4006381333931'), 10, 1400).at(-1)).toEqual({ kind: 'scan', code: '4006381333931', orphan: '' })
  })

  it('never reads a number typed before a scan as part of its code (no 22 for 2 then a scan)', () => {
    const wedge = new BarcodeWedge()
    // The quickest a person picks up the scanner and pulls the trigger after typing is far above the slack.
    const reaction = ORPHAN_WINDOW_MS + 1
    const verdicts = feed(wedge, ['2', ...typed('2000')], [0, reaction, 10, 10, 10, 10])
    expect(verdicts[0]).toEqual({ kind: 'pass', startsBurst: true, release: '' })
    expect(verdicts[1]).toEqual({ kind: 'pass', startsBurst: true, release: '' })
    expect(verdicts.at(-1)).toEqual({ kind: 'scan', code: '2000', orphan: '' })
  })

  it('offers a lone key cut off just before a scan as the possible start of its code', () => {
    const hiccup = SCAN_KEY_GAP_MS + BURST_SLACK_MS + 60
    const verdicts = feed(new BarcodeWedge(), typed('4006381333931'), [0, hiccup, ...Array<number>(12).fill(10)])
    expect(verdicts[1]).toEqual({ kind: 'pass', startsBurst: true, release: '' })
    expect(verdicts.at(-1)).toEqual({ kind: 'scan', code: '006381333931', orphan: '4' })
  })

  it('treats a person typing as typing, gives held keys back at the first pause, and never scans their Enter', () => {
    const verdicts = feed(new BarcodeWedge(), typed('coffee'), [0, 60, 260, 240, 40, 260, 250])
    expect(kinds(verdicts)).toEqual(['pass', 'hold', 'pass', 'pass', 'hold', 'pass', 'pass'])
    expect(verdicts[2]).toEqual({ kind: 'pass', startsBurst: true, release: 'o' })
    expect(verdicts[5]).toEqual({ kind: 'pass', startsBurst: true, release: 'e' })
    expect(verdicts[6]).toEqual({ kind: 'pass', startsBurst: false, release: '' })
    // Even a very fast typist: four letters and Enter at 70 ms each is not a scan.
    const fast = feed(new BarcodeWedge(), typed('test'), 70)
    expect(fast.at(-1)).toEqual({ kind: 'pass', startsBurst: false, release: 'est' })
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

  it('rides out a hiccup of a busy computer but not a pace only a person keeps', () => {
    const hiccup = [0, 10, 10, BURST_SLACK_MS, 10, 10, 10, 10, 10, 10]
    expect(feed(new BarcodeWedge(), typed('123456789'), hiccup).at(-1)).toEqual({ kind: 'scan', code: '123456789', orphan: '' })
    expect(feed(new BarcodeWedge(), typed('123456789'), SCAN_KEY_GAP_MS + 15).at(-1)).toMatchObject({ kind: 'pass' })
    // A pause beyond the slack ends the burst: what follows is too short to be a code of its own.
    const broken = feed(new BarcodeWedge(), typed('123456789'), [0, 10, 10, 10, 10, 10, SCAN_KEY_GAP_MS * 6 + BURST_SLACK_MS, 10, 10, 10])
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
    expect(at('Enter')).toEqual({ kind: 'scan', code: 'ABCD', orphan: '' })
    at('1')
    at('2')
    expect(at('Backspace')).toEqual({ kind: 'pass', startsBurst: false, release: '2' })
    at('x')
    expect(at('v', true)).toEqual({ kind: 'pass', startsBurst: false, release: '' })
  })
})
