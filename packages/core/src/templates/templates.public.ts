/*
 * The starting plans and the moving of a plan to another period, as core and its browser entry
 * offer them. Pure and free of zod, so that the web app can make a plan from a template itself.
 */
export { isTemplateId, TEMPLATE_IDS, templateCatalogue, type TemplateCatalogueEntry, type TemplateId } from './templates.catalogue.js';
export { markDrafts } from './templates.drafts.js';
export { shiftPlanDates } from './templates.shift.js';
export { startingPlan, type StartingPlanOptions } from './templates.start.js';
