import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { type Finding, type PlanDocument, SEVERITIES } from '@kurs/core';
import { z } from 'zod';
import type { Store } from '../repositories/repositories.js';
import { type CacheLimits, LruCache } from './derived-views.cache.js';
import { findingsOfStep, type HealthSummary, healthOf, stepOf, summaryOf } from './health.service.js';
import { parseInput } from './input.js';
import { dayOf, localeOf } from './options.js';
import { resolvePlan } from './plan-scope.js';
import { prioritiesInput, prioritiesOf, roadmapInput, roadmapOf, themeBudgetsOf } from './planning.service.js';
import { progressOf, statusOf } from './progress.service.js';

/** An answer of a derived view: its JSON text, and its tag (the plan, its revision and what the answer depends on). */
export interface ViewAnswer {
  etag: string;
  body: string;
  /** The text gzipped, made once when first asked: a large answer is not compressed again on every request. */
  gzipped(): Promise<Uint8Array>;
}

/** A derived view of the plan as it is now: its tag is known before its answer is read or computed (a 304 needs no more). */
export interface OpenedView {
  etag: string;
  answer(): Promise<ViewAnswer>;
}

/** The health summary with, when asked, the worst findings and every rule's count (the dashboard shows no more). */
export interface HealthSummaryAnswer extends HealthSummary {
  top?: Finding[];
  rules?: Record<string, number>;
}

export const HEALTH_TOP_MAX = 50;
const topSchema = z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1).max(HEALTH_TOP_MAX);

/** The `top` a request names, checked (422 naming `top`); undefined when it names none. */
const topOf = (value: string | undefined): number | undefined => (value === undefined ? undefined : parseInput(topSchema, value, 'The number of findings', ['top']));

/** The `limit` findings to fix first: errors before warnings before notes, otherwise in the report's order. */
export function worstFindings(findings: readonly Finding[], limit: number): Finding[] {
  return findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => SEVERITIES.indexOf(a.finding.severity) - SEVERITIES.indexOf(b.finding.severity) || a.order - b.order)
    .slice(0, limit)
    .map((x) => x.finding);
}

function countsByRule(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { rule } of findings) counts[rule] = (counts[rule] ?? 0) + 1;
  return counts;
}

/** A plan at a revision. */
interface PlanAt {
  id: string;
  revision: number;
}

interface ViewSpec {
  view: string;
  /** What the answer depends on besides the plan, checked and with its defaults (today's date) filled in. */
  input: object;
  measurements: boolean;
  compute(doc: PlanDocument): unknown;
}

interface ReadDocument extends PlanAt {
  doc: PlanDocument;
}

/** A plan document read at a revision (at least that one: a write may have come between the check and the read). */
interface StoredDocument {
  revision: number;
  measurements: boolean;
  read: Promise<ReadDocument>;
}

export interface DerivedViewsLimits {
  /** Answers, by the length of their JSON text (their gzipped copy, about a tenth of it, is not counted). */
  answers: CacheLimits;
  /** Plan documents, by an estimate of their size in memory (the bench plan of 100 000 measurements: about 25 MB). */
  documents: CacheLimits;
}

const MB = 1024 * 1024;
const gzipAsync = promisify(gzip);

export const DERIVED_VIEWS_LIMITS: DerivedViewsLimits = {
  answers: { entries: 1000, bytes: 32 * MB },
  documents: { entries: 8, bytes: 100 * MB },
};

// Measured on the bench plan: about 120 bytes of heap a measurement, 2 kB an entity with its texts.
const MEASUREMENT_BYTES = 120;
const ENTITY_BYTES = 2048;

function sizeOf(doc: PlanDocument): number {
  const entities = [doc.goals, doc.kpis, doc.activities, doc.themes, doc.milestones, doc.reviews].reduce((n, list) => n + (list?.length ?? 0), 0);
  return (doc.measurements?.length ?? 0) * MEASUREMENT_BYTES + (entities + 1) * ENTITY_BYTES;
}

function withoutMeasurements(doc: PlanDocument): PlanDocument {
  const { measurements: _measurements, ...rest } = doc;
  return rest;
}

function answerOf(etag: string, body: string): ViewAnswer {
  let gzipping: Promise<Uint8Array> | undefined;
  return { etag, body, gzipped: () => (gzipping ??= gzipAsync(body)) };
}

const keyOf = (at: PlanAt, spec: ViewSpec): string => `${at.id} ${at.revision} ${spec.view} ${JSON.stringify(spec.input)}`;

/** A weak tag: the answer goes gzipped as well, and the tag names the revision to help reading logs. */
function tagOf(at: PlanAt, spec: ViewSpec): string {
  const hash = createHash('sha256').update(`${at.id} ${spec.view} ${JSON.stringify(spec.input)}`).digest('base64url').slice(0, 16);
  return `W/"r${at.revision}-${hash}"`;
}

/**
 * The answers computed from the whole plan (health, progress, status, roadmap, priorities,
 * theme budgets), kept by the plan's revision and the answer's input. Each
 * request reads the plan's revision (one small query; the database is the truth for every
 * server process on it, so a write by another process is seen at once) and answers from the
 * cache when it has that revision. Otherwise the plan document is read once, in one snapshot,
 * and shared by every view of that revision asked meanwhile or later (while it fits in the
 * document cache). Every write that changes the plan moves its revision (repos.plans.touch).
 * Both caches are per process and bounded (DERIVED_VIEWS_LIMITS), least recently used first.
 */
export class DerivedViewsService {
  /** Plan documents read from the database: the tests count them. */
  documentReads = 0;
  private readonly answers: LruCache<Promise<ViewAnswer>>;
  private readonly documents: LruCache<StoredDocument>;

  constructor(
    private readonly store: Store,
    limits: DerivedViewsLimits = DERIVED_VIEWS_LIMITS,
  ) {
    this.answers = new LruCache(limits.answers);
    this.documents = new LruCache(limits.documents);
  }

  /** The health check; with `step`, only that step's findings (the scores of the whole plan). */
  health(workspace: string, plan: string, request: { locale?: string; today?: string; step?: string }): Promise<OpenedView> {
    const input = { locale: request.locale === undefined ? undefined : localeOf(request.locale, undefined), today: dayOf(request.today), step: stepOf(request.step) };
    return this.open(workspace, plan, {
      view: 'health',
      input,
      measurements: true,
      compute: (doc) => {
        const report = healthOf(doc, input);
        return input.step ? findingsOfStep(report, input.step) : report;
      },
    });
  }

  /** The health check's scores and its findings counted by severity, in all and per step; with `top`, its worst findings and the count of each rule. */
  healthSummary(workspace: string, plan: string, request: { locale?: string; today?: string; top?: string }): Promise<OpenedView> {
    const input = { locale: request.locale === undefined ? undefined : localeOf(request.locale, undefined), today: dayOf(request.today), top: topOf(request.top) };
    return this.open(workspace, plan, {
      view: 'health-summary',
      input,
      measurements: true,
      compute: (doc): HealthSummaryAnswer => {
        const report = healthOf(doc, input);
        const summary = summaryOf(report);
        return input.top === undefined ? summary : { ...summary, top: worstFindings(report.findings, input.top), rules: countsByRule(report.findings) };
      },
    });
  }

  progress(workspace: string, plan: string, today?: string): Promise<OpenedView> {
    const input = { today: dayOf(today) };
    return this.open(workspace, plan, { view: 'progress', input, measurements: true, compute: (doc) => progressOf(doc, input.today) });
  }

  status(workspace: string, plan: string, today?: string): Promise<OpenedView> {
    const input = { today: dayOf(today) };
    return this.open(workspace, plan, { view: 'status', input, measurements: true, compute: (doc) => statusOf(doc, input.today) });
  }

  priorities(workspace: string, plan: string, request: { method?: string; today?: string }): Promise<OpenedView> {
    const input = prioritiesInput(request);
    return this.open(workspace, plan, { view: 'priorities', input, measurements: false, compute: (doc) => ({ items: prioritiesOf(doc, input) }) });
  }

  themeBudgets(workspace: string, plan: string, today?: string): Promise<OpenedView> {
    const input = { today: dayOf(today) };
    return this.open(workspace, plan, { view: 'theme-budgets', input, measurements: false, compute: (doc) => themeBudgetsOf(doc, input.today) });
  }

  roadmap(workspace: string, plan: string, request: { from?: string; to?: string; today?: string }): Promise<OpenedView> {
    const input = roadmapInput(request);
    return this.open(workspace, plan, { view: 'roadmap', input, measurements: false, compute: (doc) => roadmapOf(doc, input) });
  }

  /** How full the caches are. */
  get usage(): { answers: { entries: number; bytes: number }; documents: { entries: number; bytes: number } } {
    return { answers: this.answers.usage, documents: this.documents.usage };
  }

  private async open(workspace: string, plan: string, spec: ViewSpec): Promise<OpenedView> {
    const at = await this.revisionOf(workspace, plan);
    return { etag: tagOf(at, spec), answer: () => this.answer(workspace, plan, at, spec) };
  }

  private async revisionOf(workspace: string, plan: string): Promise<PlanAt> {
    const found = await this.store.repos.plans.revisionBySlugs(workspace, plan);
    if (found) return found;
    // Not there: resolvePlan's 404 says whether the workspace or the plan is missing.
    const { plan: row } = await resolvePlan(this.store.repos, workspace, plan);
    return { id: row.id, revision: row.revision };
  }

  /** The cached answer, or the one being computed, or a new one (the same promise for requests of one moment). */
  private answer(workspace: string, plan: string, at: PlanAt, spec: ViewSpec): Promise<ViewAnswer> {
    const key = keyOf(at, spec);
    const cached = this.answers.get(key);
    if (cached) return cached;
    const computing = this.compute(workspace, plan, at, spec);
    this.answers.set(key, computing);
    computing.then(
      (answer) => this.answers.resize(key, computing, answer.body.length),
      () => this.answers.delete(key, computing),
    );
    return computing;
  }

  private async compute(workspace: string, plan: string, at: PlanAt, spec: ViewSpec): Promise<ViewAnswer> {
    const read = await this.document(workspace, plan, at, spec.measurements);
    const value = spec.compute(spec.measurements ? read.doc : withoutMeasurements(read.doc));
    // The tag of what was read: a write between the check and the read gives the newer revision's answer.
    return answerOf(tagOf(read, spec), JSON.stringify(value));
  }

  /** The plan's document at (at least) this revision: kept, being read, or read now. */
  private document(workspace: string, plan: string, at: PlanAt, measurements: boolean): Promise<ReadDocument> {
    const stored = this.documents.get(at.id);
    if (stored && stored.revision >= at.revision && (stored.measurements || !measurements)) return stored.read;
    const read = this.read(workspace, plan, measurements);
    const entry: StoredDocument = { revision: at.revision, measurements, read };
    this.documents.set(at.id, entry);
    read.then(
      (done) => {
        entry.revision = done.revision;
        this.documents.resize(at.id, entry, sizeOf(done.doc));
      },
      () => this.documents.delete(at.id, entry),
    );
    return read;
  }

  private read(workspace: string, plan: string, measurements: boolean): Promise<ReadDocument> {
    this.documentReads++;
    return this.store.snapshot(async (repos) => {
      const { plan: row, scope } = await resolvePlan(repos, workspace, plan);
      return { id: row.id, revision: row.revision, doc: await repos.documents.read(scope, row, { measurements }) };
    });
  }
}
