/*
 * Plan dates (YYYY-MM-DD, no time zone) as day numbers: days since 1970-01-01 in UTC, so that
 * no browser time zone can shift a bar by a day. The same arithmetic as core's shared/dates,
 * which the web app may not import as code (see vite.config.ts).
 */

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of a date written YYYY-MM-DD, by the civil-calendar arithmetic of
 * H. Hinnant's days_from_civil: several times faster than Date.parse, and the roadmap reads
 * thousands of dates on every drawing.
 */
export function dayOf(iso: string): number {
  const month = Number(iso.slice(5, 7));
  const year = Number(iso.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + Number(iso.slice(8, 10)) - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dateOfDay(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

export function dayOfDate(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}
