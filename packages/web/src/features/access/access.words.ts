import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/i18n.messages';

export type Translate = (id: MessageId, values?: Record<string, string | number>) => string;

/** `t('access.signIn.title')`: a message of the reader's language. */
export function useT(): Translate {
  const intl = useIntl();
  return useCallback((id, values) => intl.formatMessage({ id }, values), [intl]);
}
