import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';

// The count shows once a text has used this share of its limit: before that it is noise.
const COUNT_FROM = 0.8;

type WrapperPart = 'label' | 'input' | 'description' | 'error';

export interface LimitedProps {
  maxLength: number;
  description: string | undefined;
  inputWrapperOrder: WrapperPart[];
}

/**
 * Props for a text field with a limit (TEXT_LIMITS in the plan schema): `maxLength`, so nothing
 * longer can be typed, and "180 of 200 characters" under the field once its text nears the
 * limit, in place of the field's own `description` (shown otherwise).
 */
export function useTextLimit(): (value: string | undefined, max: number, description?: string) => LimitedProps {
  const intl = useIntl();
  const format = useFormat();
  return useCallback(
    (value, max, description) => {
      const count = value?.length ?? 0;
      const near = count >= max * COUNT_FROM;
      return {
        maxLength: max,
        description: near ? intl.formatMessage({ id: 'textLimit.count' }, { count: format.number(count), max: format.number(max) }) : description,
        inputWrapperOrder: ['label', 'input', 'description', 'error'],
      };
    },
    [intl, format],
  );
}
