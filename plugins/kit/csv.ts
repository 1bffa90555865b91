/**
 * One CSV cell (RFC 4180) a spreadsheet shows as text and never runs as a formula: quoted when it
 * holds a comma, a quote or a line break (quotes doubled), and a leading `= + - @` tab or CR
 * defused with an apostrophe (OWASP "CSV injection"). No CSV writer is among the project's
 * dependencies (csv-parse only reads); this is all an export of counts needs.
 */
export const csvCell = (value: unknown): string => {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
