/*
 * The large plan through the server's services on both databases (issue 3): import from the
 * exported YAML file (parse, validate, write in one transaction) and export as YAML and JSON.
 */

const KINDS = ['sqlite', 'postgres'];
const IMPORT_WORKSPACE = 'bench-import';
const EXPORT_WORKSPACE = 'bench-export';
const EXPORT_PLAN = 'large';

export async function run(context) {
  const results = [];
  for (const kind of KINDS) {
    const needs = kind === 'postgres' ? ['postgres'] : [];
    results.push(
      await context.bench(
        `import.${kind}`,
        { title: `plans.import of the exported YAML on ${kind}`, target: 5000, runs: 3, needs },
        () => importLeg(context, kind),
      ),
    );
    for (const format of ['yaml', 'json']) {
      results.push(
        await context.bench(`export.${format}.${kind}`, { title: `plans.export as ${format} on ${kind}`, target: 2000, needs }, () =>
          exportLeg(context, kind, format),
        ),
      );
    }
  }
  return results;
}

async function importLeg(context, kind) {
  const text = context.planText('yaml');
  const container = await context.openContainer(kind);
  const { plans, workspaces } = container.services;
  await workspaces.ensure(IMPORT_WORKSPACE);
  let n = 0;
  return {
    run: () => plans.import(IMPORT_WORKSPACE, { text, format: 'yaml' }, { id: `large-${++n}` }),
    // Each run imports into the same, otherwise empty, workspace.
    reset: (summary) => plans.delete(IMPORT_WORKSPACE, summary.id, 'any'),
    info: { document_bytes: Buffer.byteLength(text), measurements: context.largePlan().measurements.length },
    close: () => container.close(),
  };
}

async function exportLeg(context, kind, format) {
  const container = await context.openContainer(kind);
  const { plans, workspaces } = container.services;
  await workspaces.ensure(EXPORT_WORKSPACE);
  // The export legs of one database share one imported plan.
  const exists = (await plans.list(EXPORT_WORKSPACE)).items.some((p) => p.id === EXPORT_PLAN);
  if (!exists) await plans.import(EXPORT_WORKSPACE, { text: context.planText('yaml'), format: 'yaml' }, { id: EXPORT_PLAN });
  return {
    run: () => plans.export(EXPORT_WORKSPACE, EXPORT_PLAN, format),
    check: ({ text }) => (text === context.planText(format) ? undefined : 'differs from the exported text of the same plan'),
    info: ({ text }) => ({ document_bytes: Buffer.byteLength(text) }),
    close: () => container.close(),
  };
}
