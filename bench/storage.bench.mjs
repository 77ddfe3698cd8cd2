/*
 * The large plan through the server's services on both databases (issue 3): import from the
 * exported YAML file (parse, validate, write in one transaction) and export as YAML and JSON.
 * A PATCH of one activity of 5 000 through the service, on the valid plan and on the same plan
 * stored with an error a later rule found in it (issue 10; that one is still judged whole).
 * PATCH through the HTTP app at 500 and 8 000 activities (issue 14): a write's cost must not
 * grow with the plan, p99 at 8 000 ≤ 1.5 × at 500.
 */

const KINDS = ['sqlite', 'postgres'];
const IMPORT_WORKSPACE = 'bench-import';
const EXPORT_WORKSPACE = 'bench-export';
const EXPORT_PLAN = 'large';
const PATCH_SIZES = [500, 8000];
const PATCH_WRITES = 200;
/** The runner ends a leg after 20 minutes; a slow server stops writing before that, with fewer writes (counted in the notes). */
const PATCH_TIME_LIMIT_MS = 14 * 60_000;
const PATCH_TARGET_MS = 50;
const PATCH_WORKSPACE = 'bench-http-patch';
const BENCH_OWNER = { email: 'bench-writes@kurs.test', password: 'bench-password-1', name: 'Bench' };

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
    for (const activities of PATCH_SIZES) {
      results.push(
        await context.bench(
          `patch.${activities}.${kind}`,
          {
            title: `p99 of ${PATCH_WRITES} PATCHes of one goal and ${PATCH_WRITES} of one activity through the HTTP app, plan of ${activities} activities, on ${kind}${activities === PATCH_SIZES[1] ? ` (the ${PATCH_SIZES[0]} plan's writes interleaved, for the ratio)` : ''}`,
            target: PATCH_TARGET_MS,
            runs: 1,
            warmup: 0,
            needs,
          },
          () => httpPatchLeg(context, kind, activities),
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

/**
 * PATCH of one goal's and one activity's title through the Hono app in this process (the whole
 * request: auth, CSRF, If-Match, the service, the answer), each write timed alone. The leg of the
 * larger plan interleaves the same writes on the smaller plan, so that both see the same load
 * and their ratio is the figure (ratio_p99 in the notes).
 */
async function httpPatchLeg(context, kind, activities) {
  const container = await context.openContainer(kind);
  const { createApp } = await import('../packages/server/dist/http/app.js');
  const config = await context.serverConfig(kind);
  const app = createApp({
    services: container.services,
    logger: container.logger,
    ready: () => container.db.ping(),
    bodyLimitBytes: config.bodyLimitBytes,
    importLimitBytes: config.importLimitBytes,
    access: config,
  });
  const call = await signedIn(app);
  const created = await call('POST', '/api/v1/workspaces', { id: PATCH_WORKSPACE, name: 'Bench writes' });
  if (created.status !== 201 && created.status !== 409) throw new Error(`workspace: ${created.status} ${await created.text()}`);
  const sizes = activities === PATCH_SIZES[1] ? PATCH_SIZES : [activities];
  const targets = [];
  for (const size of sizes) {
    const plan = context.largePlan({ activities: size, measurements: 0 });
    const id = `writes-${size}`;
    await storeAsIs(container, PATCH_WORKSPACE, id, plan);
    const path = `/api/v1/workspaces/${PATCH_WORKSPACE}/plans/${id}`;
    for (const [collection, list] of [['goals', plan.goals], ['activities', plan.activities]]) {
      targets.push({ size, url: `${path}/${collection}/${list[Math.floor(list.length / 2)].id}`, etag: '*', times: [] });
    }
  }
  let n = 0;
  const patch = async (target) => {
    const started = performance.now();
    const res = await call('PATCH', target.url, { title: `Renamed ${++n}` }, { 'if-match': target.etag });
    const body = await res.text();
    const ms = performance.now() - started;
    if (res.status !== 200) throw new Error(`PATCH ${target.url}: ${res.status} ${body.slice(0, 300)}`);
    target.etag = res.headers.get('etag');
    return ms;
  };
  // Warm-up: the first writes compile the code paths and fill what the server keeps between requests.
  for (let i = 0; i < 5; i++) for (const target of targets) await patch(target);
  return {
    run: async () => {
      for (const target of targets) target.times = [];
      const started = performance.now();
      for (let i = 0; i < PATCH_WRITES && performance.now() - started < PATCH_TIME_LIMIT_MS; i++) {
        for (const target of targets) target.times.push(await patch(target));
      }
      return figures(targets, activities);
    },
    elapsed: (result) => result.p99,
    info: (result) => result.info,
    close: () => container.close(),
  };
}

/** p99 and median of the writes on the plan of this size, and beside them those of the smaller plan and the ratios. */
function figures(targets, activities) {
  const of = (size) => percentiles(targets.filter((t) => t.size === size).flatMap((t) => t.times));
  const own = of(activities);
  const info = { activities, writes: own.count, p99_ms: own.p99, median_ms: own.median };
  for (const target of targets.filter((t) => t.size === activities)) {
    const { p99, median } = percentiles(target.times);
    info[`${target.url.split('/').at(-2)}_p99_ms`] = p99;
    info[`${target.url.split('/').at(-2)}_median_ms`] = median;
  }
  if (activities !== PATCH_SIZES[0]) {
    const small = of(PATCH_SIZES[0]);
    Object.assign(info, { [`p99_ms_at_${PATCH_SIZES[0]}`]: small.p99, [`median_ms_at_${PATCH_SIZES[0]}`]: small.median });
    info.ratio_p99 = Math.round((own.p99 / small.p99) * 100) / 100;
    info.ratio_median = Math.round((own.median / small.median) * 100) / 100;
  }
  return { p99: own.p99, info };
}

function percentiles(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] * 10) / 10;
  return { count: sorted.length, p99: at(0.99), median: at(0.5) };
}

/** A session on the app: the first account of the run's database, or a sign-in when another leg made it. */
async function signedIn(app) {
  const request = (method, path, json, headers = {}, cookie) =>
    app.request(`http://localhost${path}`, {
      method,
      headers: { ...(json !== undefined && { 'content-type': 'application/json' }), ...(cookie && { cookie: cookie.value, 'x-csrf-token': cookie.csrf }), ...headers },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
  let res = await request('POST', '/api/v1/auth/first-account', BENCH_OWNER);
  if (res.status !== 201) res = await request('POST', '/api/v1/auth/sign-in', { email: BENCH_OWNER.email, password: BENCH_OWNER.password });
  if (res.status !== 200 && res.status !== 201) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  const value = res.headers.getSetCookie().find((c) => c.startsWith('kurs.session='))?.split(';')[0];
  const { csrf_token: csrf } = await res.json();
  return (method, path, json, headers) => request(method, path, json, headers, { value, csrf });
}
