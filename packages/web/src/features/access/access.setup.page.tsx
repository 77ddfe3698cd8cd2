import { Navigate } from 'react-router';
import { PageLoader } from '../../shared/ui/page-loader';
import { AccountForm } from './access.account-form';
import { AuthCard } from './access.fields';
import { homeOf } from './access.next';
import { useCreateFirstAccount, useSession, useSetup } from './access.session';
import { useT } from './access.words';

/** A fresh instance's first page: the first account, which becomes the owner of everything. */
export default function SetupPage() {
  const t = useT();
  const setup = useSetup();
  const session = useSession();
  const create = useCreateFirstAccount();

  if (session.data) return <Navigate to={homeOf(session.data)} replace />;
  if (setup.data && !setup.data.needs_first_account) return <Navigate to="/sign-in" replace />;
  if (setup.isPending || session.isPending) return <PageLoader />;

  return (
    <AuthCard title={t('access.setup.title')} lead={t('access.setup.lead')}>
      <AccountForm submitLabel={t('access.setup.submit')} pending={create.isPending} error={create.error} onSubmit={(account) => create.mutate(account)} />
    </AuthCard>
  );
}
