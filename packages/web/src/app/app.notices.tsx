import { Notifications } from '@mantine/notifications';

/** Mantine's notices' container, in a chunk of its own (app.notifications.tsx loads it). */
export default function Notices() {
  return <Notifications position="bottom-right" />;
}
