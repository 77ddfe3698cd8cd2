import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import '@fontsource/inter/latin-ext-400.css';
import '@fontsource/inter/latin-ext-500.css';
import '@fontsource/inter/latin-ext-600.css';
import '@fontsource/inter/latin-ext-700.css';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/app.css';
import { navigationOf } from './app/app.navigation';
import { inlineSession } from './features/access/access.inline-session';
import { loadGuidance } from './features/guidance/guidance.load';
import { initialLocale } from './i18n/i18n.locale';
import { loadFirstMessages } from './i18n/i18n.messages';
import { prefetch } from './shared/api/api.client';

/*
 * The first lines of the app, before React and the rest of it load: everything the page at this
 * address needs starts now and in parallel (its data, its chunk, the language's words), and the
 * app itself comes in beside them.
 */
const locale = initialLocale(window.localStorage, navigator.languages ?? [navigator.language]);
const session = inlineSession(document);
const navigation = navigationOf(window.location.pathname, locale);
// The first words; a page other than the dashboard loads the others with its chunk (app.pages.ts).
const words = loadFirstMessages(locale);
// Signed out, the page will be the sign-in page; its requests would only be refused.
if (navigation && session) prefetch(navigation.urls);
void navigation?.page();
if (navigation?.guidance) void loadGuidance(locale);

void Promise.all([import('./app/app.start'), words]).then(([app, messages]) => app.start({ locale, messages, session }));
