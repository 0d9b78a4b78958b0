// Row IDs: short, stable, and unique enough for a pipeline of any realistic size (48 random bits).
export function newRowId(): string {
  return 'C-' + Utilities.getUuid().replace(/-/g, '').slice(0, 12).toUpperCase();
}
