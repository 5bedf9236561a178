/** The API key, entered once: sessionStorage by default, localStorage when remembered. */
const STORAGE_KEY = 'ontocase.apiKey';

export function storedKey(): string | null {
  return sessionStorage.getItem(STORAGE_KEY) ?? localStorage.getItem(STORAGE_KEY);
}

export function saveKey(key: string, remember: boolean): void {
  clearKey();
  (remember ? localStorage : sessionStorage).setItem(STORAGE_KEY, key.trim());
}

export function clearKey(): void {
  sessionStorage.removeItem(STORAGE_KEY);
  localStorage.removeItem(STORAGE_KEY);
}
