/**
 * Dates in front matter are kept as the editor wrote them: a calendar date
 * (`2024-03-27`) or a date-time with an explicit offset
 * (`2024-03-26T09:00:00+09:00`). The offset survives into `<time datetime>`.
 */
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Why a date literal was refused, or null when it is fine. */
export function dateLiteralProblem(value: string): string | null {
  const m = DATE_ONLY.exec(value) ?? DATE_TIME.exec(value);
  if (!m) {
    return DATE_TIME.exec(value.replace(/(\d{2}:\d{2}(?::\d{2})?)$/, '$1Z')) ? 'has a time but no time-zone offset' : 'is not an ISO 8601 date';
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `has month ${m[2]}, which does not exist`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `has day ${m[3]}, but ${m[1]}-${m[2]} has ${daysInMonth} days`;
  if (m[4] !== undefined) {
    if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return 'has an impossible time of day';
    const off = m[8] ?? 'Z';
    if (off !== 'Z' && (Number(off.slice(1, 3)) > 14 || Number(off.slice(-2)) > 59)) return 'has an impossible offset';
  }
  return null;
}

/**
 * One Intl.DateTimeFormat per (locale, options): building one costs far more
 * than using it, and listings format thousands of dates per build.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/**
 * Offsets found, by zone and instant: a build asks for the same few
 * thousand dates (each explainer's, in every listing, feed and page head)
 * tens of thousands of times, and formatToParts is the costly part.
 */
const offsets = new Map<string, number>();

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds. */
function zoneOffset(ms: number, timeZone: string): number {
  const key = `${timeZone}|${ms}`;
  let offset = offsets.get(key);
  if (offset === undefined) offsets.set(key, (offset = computeZoneOffset(ms, timeZone)));
  return offset;
}

function computeZoneOffset(ms: number, timeZone: string): number {
  const parts = formatter('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant a date literal stands for; a calendar date means its midnight in `timeZone`. */
export function toInstant(value: string, timeZone: string): Date {
  const m = DATE_ONLY.exec(value);
  if (!m) return new Date(value.replace(' ', 'T'));
  const utcMidnight = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(utcMidnight - zoneOffset(utcMidnight, timeZone));
}

/** Dates written out, by locale, zone and literal (for the same reason as `offsets`). */
const written = new Map<string, string>();

/** Human date in `timeZone` and `locale`, e.g. "26 March 2024". */
export function formatDate(value: string, timeZone: string, locale: string): string {
  const key = `${locale}|${timeZone}|${value}`;
  let text = written.get(key);
  if (text === undefined)
    written.set(key, (text = formatter(locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(toInstant(value, timeZone))));
  return text;
}

/** Calendar year of a date in `timeZone` (archive pages and search filters cut years in the site's zone). */
export function yearOf(value: string, timeZone: string): number {
  return Number(formatter('en-US', { timeZone, year: 'numeric' }).format(toInstant(value, timeZone)));
}

/**
 * A date-time with its offset, as Open Graph, JSON-LD and feeds want it: a
 * date-time literal as written (offset kept), a calendar date as midnight in
 * the site's zone, e.g. "2024-03-27T00:00:00+09:00".
 */
export function isoWithOffset(value: string, timeZone: string): string {
  if (!DATE_ONLY.test(value)) return value.replace(' ', 'T');
  const instant = toInstant(value, timeZone).getTime();
  const offsetMinutes = Math.round(zoneOffset(instant, timeZone) / 60000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value}T00:00:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
