import { createHash } from 'node:crypto';
import * as vscode from 'vscode';

const SECRET_ID = 'unscripted.rewrite.apiKey';

/** The rewrite API key, in VS Code SecretStorage only: never in settings, logs or messages. */
export class ApiKeyStore {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  get(): Thenable<string | undefined> {
    return this.secrets.get(SECRET_ID);
  }

  async set(key: string): Promise<void> {
    await this.secrets.store(SECRET_ID, key.trim());
  }

  async clear(): Promise<void> {
    await this.secrets.delete(SECRET_ID);
  }

  /** A one-way fingerprint (sha256, 12 hex) to check which key is stored without revealing it. */
  async fingerprint(): Promise<string | undefined> {
    const key = await this.get();
    return key === undefined ? undefined : keyFingerprint(key);
  }
}

export function keyFingerprint(key: string): string {
  return createHash('sha256').update(key.trim()).digest('hex').slice(0, 12);
}
