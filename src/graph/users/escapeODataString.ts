// An OData string literal doubles its single quotes: O'Brien -> 'O''Brien' (OData ABNF, SQUOTE-in-string).
export function escapeODataString(value: string): string {
  return value.replace(/'/g, "''");
}
