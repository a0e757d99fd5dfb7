import { t } from '../../i18n/i18n'

/** The file's bytes as base64, read by the browser itself (fast for a big file, no decoding guess here). */
export function readFileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      // readAsDataURL answers a string.
      const url = typeof reader.result === 'string' ? reader.result : ''
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error(t('products.import.unreadable')))
    reader.readAsDataURL(file)
  })
}
