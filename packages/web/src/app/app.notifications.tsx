import { useNotifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';

// The notices' container and its transitions (about 9 kB gzipped) load with the first notice.
const Notices = lazy(() => import('./app.notices'));

/** Mantine's notices, drawn once there is one to show: a notice shown before is kept in the store and appears then. */
export function AppNotifications() {
  const { notifications, queue } = useNotifications();
  const [wanted, setWanted] = useState(false);
  if (!wanted && notifications.length + queue.length > 0) setWanted(true);
  return wanted ? (
    <Suspense fallback={null}>
      <Notices />
    </Suspense>
  ) : null;
}
