import { safeStorage } from 'electron'
import type { SecretBox } from '../sync/secret-box'
import { plainSecretBox } from '../sync/secret-box'

/**
 * Electron glue: the sync token encrypted by the OS keychain (Keychain, DPAPI, libsecret/kwallet).
 * On Linux without a secret service Electron falls back to a hard-coded key ('basic_text'), which is
 * no protection, so that case is reported as not encrypted and the plain box is used instead.
 */
export function electronSecretBox(): SecretBox {
  const keychainAvailable = async (): Promise<boolean> => {
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return false
    return safeStorage.isAsyncEncryptionAvailable()
  }
  return {
    available: keychainAvailable,
    async encrypt(plain) {
      if (!(await keychainAvailable())) return plainSecretBox.encrypt(plain)
      return new Uint8Array(await safeStorage.encryptStringAsync(plain))
    },
    async decrypt(blob) {
      const { result } = await safeStorage.decryptStringAsync(Buffer.from(blob))
      return result
    }
  }
}
