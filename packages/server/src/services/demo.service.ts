import { bookshopPlan, todayIso } from '@kurs/core';
import type { Store } from '../repositories/repositories.js';
import type { PlansService } from './plans.service.js';
import type { WorkspacesService } from './workspaces.service.js';

export const DEMO_WORKSPACE = 'demo';

/** The book shop plan, so a new user has a living plan to click through on the first start. */
export class DemoService {
  constructor(
    private readonly store: Store,
    private readonly workspaces: WorkspacesService,
    private readonly plans: PlansService,
  ) {}

  /** Creates the demo when the database has no workspace at all; returns whether it did. */
  async ensure(today: string = todayIso()): Promise<boolean> {
    if ((await this.store.repos.workspaces.count()) > 0) return false;
    await this.workspaces.create({ id: DEMO_WORKSPACE, name: 'Demo: Nordbok AS' });
    await this.plans.import(DEMO_WORKSPACE, { value: bookshopPlan({ today }) });
    return true;
  }
}
