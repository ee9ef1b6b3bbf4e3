import { Inject, Injectable, Logger } from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import type { Sql } from '../database/sql-runner';
import { TenantDatabase } from '../database/tenant-database';
import { UnsubscribeTokens } from '../outbox/unsubscribe-token';
import { SchedulerIdentity } from '../scheduler/scheduler-identity';
import { replaceReminders } from './reminder-planner';
import {
  type ClaimedReminder,
  type FirePlan,
  planRecipients,
  type RecipientContext,
  type RecipientLinks,
} from './reminder-recipients';
import {
  cancelClaimed,
  claimDue,
  type Fired,
  firePlans,
  loadRecipientContext,
  lockClaim,
  markFailed,
  releaseClaim,
} from './reminder-statements';

export type DispatchStats = {
  claimed: number;
  sent: number;
  cancelled: number;
  requeued: number;
  failed: number;
  notifications: number;
  emails: number;
};

const emptyStats = (): DispatchStats => ({
  claimed: 0,
  sent: 0,
  cancelled: 0,
  requeued: 0,
  failed: 0,
  notifications: 0,
  emails: 0,
});

/** Reminders per fire statement. */
const FIRE_CHUNK = 100;

/**
 * The reminder half of the tick: claims due reminders, plans who gets what (reminder-recipients.ts), fires them
 * in chunks of one statement each (reminder-statements.ts), and settles those that did not fire.
 */
@Injectable()
export class ReminderDispatcher {
  private readonly logger = new Logger('Reminders');
  private readonly links: RecipientLinks;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly db: TenantDatabase,
    private readonly identity: SchedulerIdentity,
  ) {
    this.links = { publicUrl: config.publicUrl, unsubscribe: new UnsubscribeTokens(config.encryption.key) };
  }

  /** Claim and fire due reminders until none are left or `budgetMs` has passed. */
  async dispatchDue(now: () => Date = () => new Date(), budgetMs = 30_000): Promise<DispatchStats> {
    const started = Date.now();
    const total = emptyStats();
    const limit = this.config.scheduler.batchSize;
    for (;;) {
      const rows = await this.db.session((client) =>
        claimDue(client, this.identity.id, this.config.scheduler.leaseMs, limit),
      );
      const stats = rows.length > 0 ? await this.dispatchBatch(rows, now()) : emptyStats();
      stats.claimed = rows.length;
      for (const key of Object.keys(total) as (keyof DispatchStats)[]) total[key] += stats[key];
      // Requeued reminders (handed back to the planner) are due again at once: one more round for them.
      if ((rows.length < limit && stats.requeued === 0) || Date.now() - started > budgetMs) return total;
    }
  }

  private async dispatchBatch(rows: ClaimedReminder[], now: Date): Promise<DispatchStats> {
    const stats = emptyStats();
    const context = await this.db.session((client) => loadRecipientContext(client, rows));
    const missed: ClaimedReminder[] = [];
    const chases: FirePlan[] = [];
    const many: FirePlan[] = [];
    for (const reminder of rows) {
      if (reminder.takenOver && !reminder.manual) {
        // Transitions re-plan only PENDING reminders, so one stuck in a dead instance's claim may be stale:
        // hand it back to the planner first; if its deadline still stands it is claimed again and sent.
        missed.push(reminder);
        continue;
      }
      const plan = this.tryPlan(reminder, context, now);
      if (plan === 'failed') {
        await this.db.session((client) => markFailed(client, this.identity.id, reminder.id));
        stats.failed += 1;
      } else if (plan === null) missed.push(reminder);
      else if (reminder.kind === 'DEPOSIT_OVERDUE') chases.push(plan);
      else many.push(plan);
    }
    const chunks: FirePlan[][] = [];
    for (let start = 0; start < many.length; start += FIRE_CHUNK) chunks.push(many.slice(start, start + FIRE_CHUNK));
    const lanes = Math.max(1, Math.min(4, Math.floor(this.config.databasePoolSize / 2)));
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(lanes, chunks.length) }, () =>
        this.db.session(async (client) => {
          for (let chunk = chunks[next++]; chunk; chunk = chunks[next++]) {
            const sent = await this.fireChunk(client, chunk, stats);
            for (const plan of chunk) if (!sent.has(plan.reminder.id)) missed.push(plan.reminder);
          }
        }),
      ),
    );
    for (const plan of chases) {
      if (await this.fireChase(plan, stats)) continue;
      missed.push(plan.reminder);
    }
    for (const reminder of missed) {
      const outcome = await this.settleMissed(reminder);
      if (outcome === 'cancelled') stats.cancelled += 1;
      if (outcome === 'requeued') stats.requeued += 1;
    }
    return stats;
  }

  private count(stats: DispatchStats, fired: Fired): void {
    stats.sent += fired.sent.size;
    stats.notifications += fired.notifications;
    stats.emails += fired.emails;
  }

  /** Fire a chunk in one statement; if it fails, each reminder on its own, so one bad row cannot hold back the others. Returns the ids that became SENT. */
  private async fireChunk(sql: Sql, plans: FirePlan[], stats: DispatchStats): Promise<Set<string>> {
    try {
      const fired = await firePlans(sql, this.identity.id, plans);
      this.count(stats, fired);
      return fired.sent;
    } catch (error) {
      this.logger.warn(
        `a chunk of ${plans.length} reminders failed (${error instanceof Error ? error.message : String(error)}); firing them one by one`,
      );
      const sent = new Set<string>();
      for (const plan of plans) {
        const fired = await firePlans(sql, this.identity.id, [plan]);
        if (fired.sent.has(plan.reminder.id)) {
          sent.add(plan.reminder.id);
          this.count(stats, fired);
        }
      }
      return sent;
    }
  }

  /** A deposit chase plans the next one (deadlinesFor gives only the next chase after now), in the same transaction. */
  private async fireChase(plan: FirePlan, stats: DispatchStats): Promise<boolean> {
    const { reminder } = plan;
    const fired = await this.db.system(async (tx) => {
      const result = await firePlans(tx.sql, this.identity.id, [plan]);
      if (result.sent.has(reminder.id))
        await replaceReminders(tx, { organizationId: reminder.organizationId, caseId: reminder.caseId });
      return result;
    });
    if (!fired.sent.has(reminder.id)) return false;
    this.count(stats, fired);
    return true;
  }

  /** The plan, null when the case is gone, or 'failed' when it cannot be rendered (that would fail forever). */
  private tryPlan(reminder: ClaimedReminder, context: RecipientContext, now: Date): FirePlan | null | 'failed' {
    try {
      return planRecipients(reminder, context, now, this.links);
    } catch (error) {
      this.logger.error(
        `reminder ${reminder.id} could not be rendered: ${error instanceof Error ? error.stack : String(error)}`,
      );
      return 'failed';
    }
  }

  /**
   * The fire statement changed nothing, or the claim was taken over from a dead instance: the claim was lost
   * (lease expired and taken over, or the row was deleted), the case was archived (cancel), or the case may
   * have changed since the claim — then the reminder goes back to PENDING and the planner decides, in the
   * same transaction, whether its deadline still stands (it deletes a PENDING reminder whose key is gone).
   */
  private async settleMissed(reminder: ClaimedReminder): Promise<'lost' | 'cancelled' | 'requeued'> {
    return this.db.system(async (tx) => {
      const claim = await lockClaim(tx, this.identity.id, reminder.id);
      if (claim === 'lost') return 'lost';
      if (claim === 'archived') {
        await cancelClaimed(tx, reminder.id);
        return 'cancelled';
      }
      await releaseClaim(tx, reminder.id);
      if (!reminder.manual)
        await replaceReminders(tx, { organizationId: reminder.organizationId, caseId: reminder.caseId });
      return 'requeued';
    });
  }
}
