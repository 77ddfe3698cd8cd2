import type { MessageId } from '../../i18n/i18n.messages';
import type { Translate } from './access.words';

/** The kinds of entity the audit log names (docs/api.md, "Audit log"), for its filter. */
export const AUDIT_ENTITIES = [
  'workspace',
  'plan',
  'situation',
  'strategy',
  'audience',
  'competitor',
  'channel',
  'campaign',
  'goal',
  'kpi',
  'measurements',
  'theme',
  'activity',
  'milestone',
  'review',
  'member',
  'invitation',
  'share_link',
  'api_token',
] as const;

/**
 * "Goal updated" from `goal.update`. An action whose words the app does not have (a kind of
 * write added to the server later) is shown as the server wrote it.
 */
export function describeAction(t: Translate, action: string, known: (id: string) => boolean): string {
  const [entity, verb, ...rest] = action.split('.');
  const entityId = `access.entity.${entity}`;
  const verbId = `access.verb.${verb}`;
  if (!entity || !verb || rest.length > 0 || !known(entityId) || !known(verbId)) return action;
  return t('access.audit.what', { entity: t(entityId as MessageId), verb: t(verbId as MessageId) });
}
