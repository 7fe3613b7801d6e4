// CSV as spreadsheets open it safely: RFC 4180 quoting, CRLF, UTF-8 with a BOM (so Excel reads the accents), and
// no cell that a spreadsheet would run as a formula.
import { stringify } from "csv-stringify/sync";

export type Cell = string | number | null | undefined;

/** A cell starting with = + - @ tab or CR is a formula to Excel and LibreOffice; a leading apostrophe disarms it. */
export function neutralise(cell: Cell): string {
  const text = cell === null || cell === undefined ? "" : String(cell);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return stringify([header.map(neutralise), ...rows.map((row) => row.map(neutralise))], {
    bom: true,
    record_delimiter: "windows",
    quoted_string: false,
  });
}
