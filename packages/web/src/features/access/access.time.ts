import { useMemo } from 'react';
import { intlTag } from '../../i18n/i18n.format';
import { useLocale } from '../../i18n/i18n.provider';

/**
 * Moments (created, expires, the audit log's times) are instants, unlike a plan's calendar
 * dates: they are shown in the reader's own time zone.
 */
export function useMoments() {
  const { locale } = useLocale();
  return useMemo(() => {
    // The plan dates' style (i18n.format.ts), in the reader's own time zone.
    const day = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long' });
    const time = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeStyle: 'short' });
    return { day: (iso: string) => day.format(new Date(iso)), time: (iso: string) => time.format(new Date(iso)) };
  }, [locale]);
}

/** How long a new API token or share link lives; "never" is `null` for the API. */
export const EXPIRY_CHOICES = ['30', '90', '365', 'never'] as const;

export function expiryDays(choice: string): number | null {
  return choice === 'never' ? null : Number(choice);
}
