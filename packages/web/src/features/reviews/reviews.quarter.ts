import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { splitQuarter } from './reviews.model';

/** A quarter written "2027-Q1" as the reader's language says it ("Q1 2027", "1. kvartal 2027"). */
export function useQuarterLabel(): (quarter: string) => string {
  const intl = useIntl();
  return useCallback(
    (quarter: string) => {
      const [year, q] = splitQuarter(quarter);
      return intl.formatMessage({ id: 'reviews.quarter' }, { year: String(year), quarter: q });
    },
    [intl],
  );
}
