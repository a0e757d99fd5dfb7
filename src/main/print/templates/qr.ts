import QRCode from 'qrcode'
import { trustedHtml, type SafeHtml } from './html'

/** The order number as an inline SVG QR code, so a scanner at the counter finds the order. */
export async function qrCodeSvg(text: string): Promise<SafeHtml> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 0, color: { dark: '#000000', light: '#ffffff' } })
  return trustedHtml(svg)
}
