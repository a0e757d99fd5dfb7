import { directionOf, type Language } from '../../../shared/i18n/languages'
import type { PaperSize } from '../../../shared/print'
import { PAPER_LAYOUTS } from '../paper'
import { html, trustedHtml, type SafeHtml } from './html'

/**
 * Fonts Chromium finds on every desktop: Latin, Greek and Cyrillic from the first faces, CJK from
 * Noto CJK (Linux), Microsoft YaHei / Yu Gothic / Malgun (Windows) or PingFang / Hiragino (macOS).
 */
export const FONT_STACK = [
  '"Noto Sans"',
  '"DejaVu Sans"',
  '"Segoe UI"',
  '"Helvetica Neue"',
  'Arial',
  '"Noto Sans CJK JP"',
  '"Noto Sans CJK SC"',
  '"Noto Sans CJK KR"',
  '"Yu Gothic"',
  '"Microsoft YaHei"',
  '"Malgun Gothic"',
  '"Hiragino Sans"',
  '"PingFang SC"',
  'sans-serif'
].join(', ')

/** Thermal paper prints only black: no greys, which the head dithers into noise. */
const BASE_CSS = `
* { box-sizing: border-box; margin: 0; padding: 0; }
html, body { color: #000; background: #fff; font-family: ${FONT_STACK}; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { overflow-wrap: anywhere; line-height: 1.3; }
table { border-collapse: collapse; width: 100%; }
td, th { vertical-align: top; text-align: start; font-weight: inherit; }
.num { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
.center { text-align: center; }
.bold { font-weight: 700; }
.muted { font-size: 0.85em; }
.pre { white-space: pre-line; }
.rule { border-top: 1px dashed #000; margin: 2mm 0; }
.rule-solid { border-top: 2px solid #000; margin: 2mm 0; }
.qr { display: block; margin: 3mm auto 0; }
.qr svg { display: block; width: 100%; height: auto; }
.copy-mark { display: inline-block; border: 2px solid #000; padding: 0 2mm; font-weight: 700; letter-spacing: 0.1em; }
.inverse { background: #000; color: #fff; display: inline-block; padding: 0.5mm 2mm; font-weight: 700; }
`

const PAPER_CSS: Record<PaperSize, string> = {
  '58mm': `
@page { margin: 0; }
html, body { width: 58mm; }
body { padding: 3mm 5mm 4mm; font-size: 11px; }
.qr { width: 24mm; }
`,
  '80mm': `
@page { margin: 0; }
html, body { width: 80mm; }
body { padding: 3mm 4mm 4mm; font-size: 12.5px; }
.qr { width: 28mm; }
`,
  A4: `
@page { margin: 15mm 15mm 18mm; }
body { font-size: 11pt; }
.qr { width: 32mm; margin: 0; }
`
}

/** A printable page in its language: `lang` picks the fonts' shaping, `dir` lays Arabic out right to left. */
export function documentShell(options: { title: string; language: Language; paper: PaperSize; css: string; body: SafeHtml }): string {
  const layout = PAPER_LAYOUTS[options.paper]
  const page = html`<!doctype html>
<html lang="${options.language}" dir="${directionOf(options.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>${options.title}</title>
<style>${trustedHtml(BASE_CSS + PAPER_CSS[options.paper] + options.css)}</style>
</head>
<body class="paper-${layout.paper === 'A4' ? 'a4' : 'roll'}" data-paper="${layout.paper}">
${options.body}
</body>
</html>
`
  return page.value
}
