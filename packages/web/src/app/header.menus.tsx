/* The header's menus and switchers, in one chunk loaded after the page (header.deferred.tsx). */
export { AccountMenu } from '../features/access/access.account-menu';
export { ColorSchemeMenu } from './header.color-scheme-menu';
export { LanguageMenu } from './header.language-menu';
export { PlanSwitcher, WorkspaceSwitcher } from './header.switchers';
