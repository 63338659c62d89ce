/**
 * A date as precise as the record allows: a year (`2008`), a month
 * (`2014-05`) or a day (`2002-09-17`). Valid in `<time datetime>` as written.
 */
export interface PartialDate {
  value: string;
  year: number;
  month?: number | undefined;
  day?: number | undefined;
  /** Sorts chronologically as a string; a year sorts before its months. */
  sortKey: string;
}

export function parsePartialDate(value: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > new Date(Date.UTC(year, month!, 0)).getUTCDate())) return null;
  return { value, year, month, day, sortKey: value };
}

const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

/** "17 September 2002", "May 2014" or "2008" (a calendar date: no time zone applies). */
export function formatPartialDate(d: PartialDate): string {
  if (d.month === undefined) return String(d.year);
  const at = new Date(Date.UTC(d.year, d.month - 1, d.day ?? 1));
  return (d.day === undefined ? MONTH : DAY).format(at);
}
