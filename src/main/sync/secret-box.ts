/**
 * Keeps the sync token at rest. Inside Electron this is the OS keychain (safeStorage, see
 * app/safe-storage.electron.ts); under plain Node, and where no keychain exists, the plain box stores
 * the token as UTF-8 and says so through `available()`, so the status can tell the shopkeeper.
 */
export interface SecretBox {
  /** True when `encrypt` really encrypts with a key the operating system protects. */
  available(): Promise<boolean>
  encrypt(plain: string): Promise<Uint8Array>
  decrypt(blob: Uint8Array): Promise<string>
}

export const plainSecretBox: SecretBox = {
  available: async () => false,
  encrypt: async (plain) => new Uint8Array(Buffer.from(plain, 'utf8')),
  decrypt: async (blob) => Buffer.from(blob).toString('utf8')
}
