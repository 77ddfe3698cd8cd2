/*
 * The large plan through the server's services on both databases (issue 3): import from the
 * exported YAML file (parse, validate, write in one transaction) and export as YAML and JSON.
 * A PATCH of one activity of 5 000 (the write validates the whole plan), on the valid plan and
 * on the same plan stored with an error a later rule found in it (issue 10).
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
    for (const stored of ['valid', 'stored-error']) {
      results.push(
        await context.bench(
          `patch.${stored}.${kind}`,
          { title: `collections.update of one activity's title on the ${stored === 'valid' ? 'valid plan' : 'plan stored with a second review of a quarter'} on ${kind}`, target: 1000, needs },
          () => patchLeg(context, kind, stored),
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

/**
 * One activity's title changed and changed back, run after run. The plan with a stored error is
 * the large plan plus a second review of 2027-Q1, written as it is through the repositories: a
 * plan saved before the rule of one review per quarter existed.
 */
async function patchLeg(context, kind, stored) {
  const container = await context.openContainer(kind);
  const { collections, workspaces } = container.services;
  const workspace = `bench-patch-${stored}`;
  await workspaces.ensure(workspace);
  const plan = context.largePlan();
  const doc = stored === 'valid' ? plan : { ...plan, reviews: [...plan.reviews, { id: 'review-2027-q1-again', date: '2027-03-20', period: '2027-Q1' }] };
  await storeAsIs(container, workspace, 'large', doc);
  const activity = plan.activities[plan.activities.length / 2].id;
  let n = 0;
  return {
    run: () => collections.update(workspace, 'large', 'activities', activity, { title: `Renamed ${++n}` }, 'any'),
    check: ({ entity }) => (entity.title === `Renamed ${n}` ? undefined : 'the title was not changed'),
    info: () => ({ activities: plan.activities.length }),
    close: () => container.close(),
  };
}

/** A plan document written into a new plan as it is, without the checks of an import. */
async function storeAsIs(container, workspace, id, doc) {
  const { PlanDocumentsRepository } = await import('../packages/server/dist/repositories/plan-documents.repository.js');
  await container.store.transaction(async (repos) => {
    const ws = await repos.workspaces.findBySlug(workspace);
    const old = await repos.plans.findBySlug(ws.id, id);
    if (old) await repos.plans.delete(old.id, old.version);
    const row = await repos.plans.insert(ws.id, id, PlanDocumentsRepository.planColumns(doc));
    await repos.documents.write({ workspaceId: ws.id, planId: row.id }, doc);
  });
}
