import type { PlanDocument, PlanHeader, Situation, Strategy } from '@kurs/core';
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../db/database.js';
import type { Database } from '../db/tables.js';
import { CollectionRepository, type Entity } from './collection.repository.js';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './collections.js';
import { MeasurementsRepository } from './measurements.repository.js';
import { PlanListsRepository } from './plan-lists.repository.js';
import { HEADER_COLUMNS, type PlanRowData, SITUATION_COLUMNS, STRATEGY_COLUMNS } from './plans.repository.js';
import { fromColumns, toColumns } from './row-mapper.js';
import type { PlanScope } from './scope.js';

type Doc = Record<string, unknown>;

function getIn(doc: Doc, path: readonly string[]): unknown {
  let value: unknown = doc;
  for (const part of path) value = value == null ? undefined : (value as Doc)[part];
  return value;
}

function nonEmpty(value: Doc): Doc | undefined {
  return Object.keys(value).length ? value : undefined;
}

/** Reads and writes a whole plan as a document: the plan aggregate over its tables. */
export class PlanDocumentsRepository {
  private readonly collections: Record<CollectionName, CollectionRepository>;
  private readonly lists: PlanListsRepository;
  private readonly measurements: MeasurementsRepository;

  constructor(
    private readonly db: Kysely<Database>,
    kind: DatabaseKind,
  ) {
    this.collections = Object.fromEntries(
      COLLECTION_NAMES.map((name) => [name, new CollectionRepository(db, COLLECTIONS[name])]),
    ) as Record<CollectionName, CollectionRepository>;
    this.lists = new PlanListsRepository(db);
    this.measurements = new MeasurementsRepository(db, kind);
  }

  /** The plan row's columns for a document's header, situation and strategy scalars. */
  static planColumns(doc: PlanDocument): Record<string, unknown> {
    return {
      ...toColumns(HEADER_COLUMNS, doc.plan),
      ...toColumns(SITUATION_COLUMNS, doc.situation ?? {}),
      ...toColumns(STRATEGY_COLUMNS, doc.strategy ?? {}),
    };
  }

  static headerOf(plan: PlanRowData): PlanHeader {
    return fromColumns(HEADER_COLUMNS, plan as unknown as Doc) as PlanHeader;
  }

  static situationOf(plan: PlanRowData): Pick<Situation, 'usp'> {
    return fromColumns(SITUATION_COLUMNS, plan as unknown as Doc);
  }

  static strategyOf(plan: PlanRowData): Strategy {
    return fromColumns(STRATEGY_COLUMNS, plan as unknown as Doc);
  }

  async read(scope: PlanScope, plan: PlanRowData, options: { measurements: boolean }): Promise<PlanDocument> {
    const lists = {} as Record<CollectionName, Entity[] | undefined>;
    for (const name of COLLECTION_NAMES) {
      const stored = await this.collections[name].list(scope);
      lists[name] = stored.length ? stored.map((s) => s.entity) : undefined;
    }
    const findings = await this.lists.findings(scope);
    const journey = await this.lists.journey(scope);
    const measurements = options.measurements ? await this.measurements.list(scope) : [];
    const doc: Doc = {
      kurs: 1,
      plan: PlanDocumentsRepository.headerOf(plan),
      situation: nonEmpty({
        ...PlanDocumentsRepository.situationOf(plan),
        audiences: lists.audiences,
        competitors: lists.competitors,
        channels: lists.channels,
        campaigns: lists.campaigns,
        findings: findings.length ? findings : undefined,
      }),
      goals: lists.goals,
      kpis: lists.kpis,
      measurements: measurements.length ? measurements : undefined,
      strategy: nonEmpty({ ...PlanDocumentsRepository.strategyOf(plan), journey: journey.length ? journey : undefined }),
      themes: lists.themes,
      activities: lists.activities,
      milestones: lists.milestones,
      reviews: lists.reviews,
    };
    for (const key of Object.keys(doc)) if (doc[key] === undefined) delete doc[key];
    const situation = doc.situation as Doc | undefined;
    if (situation) for (const key of Object.keys(situation)) if (situation[key] === undefined) delete situation[key];
    const strategy = doc.strategy as Doc | undefined;
    if (strategy && strategy.journey === undefined) delete strategy.journey;
    return doc as PlanDocument;
  }

  /** Writes every collection of a (normalised) document into an empty plan. */
  async write(scope: PlanScope, doc: PlanDocument): Promise<void> {
    for (const name of COLLECTION_NAMES) {
      const items = (getIn(doc as Doc, COLLECTIONS[name].documentPath) as Entity[] | undefined) ?? [];
      await this.collections[name].insertMany(scope, items);
    }
    await this.lists.replaceFindings(scope, doc.situation?.findings ?? []);
    await this.lists.replaceJourney(scope, doc.strategy?.journey ?? []);
    if (doc.measurements?.length) {
      const kpiIds = await this.kpiIds(scope);
      await this.measurements.insert(
        scope,
        doc.measurements.map((m) => ({ kpiId: kpiIds.get(m.kpi)!, date: m.date, value: m.value })),
      );
    }
  }

  /** Removes every row of the plan but the plan row itself (before a replace). */
  async clear(scope: PlanScope): Promise<void> {
    await this.measurements.delete(scope, {});
    for (const name of [...COLLECTION_NAMES].reverse()) await this.collections[name].deleteAll(scope);
    await this.lists.replaceFindings(scope, []);
    await this.lists.replaceJourney(scope, []);
  }

  async kpiIds(scope: PlanScope): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom('kpis')
      .select(['id', 'key'])
      .where('workspace_id', '=', scope.workspaceId)
      .where('plan_id', '=', scope.planId)
      .execute();
    return new Map(rows.map((r) => [r.key as string, r.id]));
  }
}
