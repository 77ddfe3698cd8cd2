/*
 * The roadmap places plan dates by day number (core's toDayNumber: days since 1970-01-01 in
 * UTC, so that no browser time zone can shift a bar by a day); d3's time scale and Intl's
 * formatters take Date objects, at midnight UTC of the same day.
 */

const MS_PER_DAY = 86_400_000;

export function dateOfDay(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

export function dayOfDate(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}
