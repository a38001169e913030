/** A breakdown row's key in test ids: '' (answers without a value) would leave the id empty. */
export function rowTestKey(key: string): string {
  return key === '' ? '(unknown)' : key;
}
