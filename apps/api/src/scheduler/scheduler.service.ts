import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ImportsService } from '../cases/imports/imports.service';
import { DocumentRetention } from '../documents/document-retention';
import { MrzQueue } from '../documents/mrz-queue';
import { CONFIG, type Config } from '../config/config';
import { InboundImapService } from '../inbound-mail/inbound-imap.service';
import { InboundIngestService } from '../inbound-mail/inbound-ingest.service';
import { DigestService } from '../notifications/digest.service';
import { OutboxService } from '../outbox/outbox.service';
import { ReminderDispatcher } from '../reminders/reminder-dispatcher.service';
import { WebhookDeliveryService } from '../webhooks/webhook-delivery.service';

export type Job = 'reminders' | 'outbox' | 'digest' | 'imports' | 'inbound' | 'webhooks' | 'documents';

/** Digests are cheap to check but need not be checked more often than this. */
const DIGEST_EVERY_MS = 60_000;
/** Staged import rows are kept for hours; looking for expired ones every few minutes is soon enough. */
const IMPORT_PURGE_EVERY_MS = 5 * 60_000;
/** Document retention counts in days; looking for files past it every few minutes is soon enough. */
const DOCUMENT_PURGE_EVERY_MS = 5 * 60_000;

/**
 * Every API instance runs these intervals (SCHEDULER_ENABLED, SCHEDULER_INTERVAL_MS, SCHEDULER_JOBS: reminders,
 * outbox, digest, imports — which takes over imports left by a dead instance and purges stale staged rows — inbound: IMAP mailboxes and the inbound mail queue, webhooks, and documents: passport MRZ readings left pending and the retention purge). A job's
 * tick never overlaps its previous one in this instance; across instances the claims (FOR UPDATE SKIP LOCKED
 * + lease) keep work apart. A failing tick is logged and the next interval simply tries again. Shutdown
 * stops the intervals and waits for running ticks, so no promise is left behind.
 */
@Injectable()
export class SchedulerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Scheduler');
  private readonly running = new Map<Job, Promise<void>>();
  private readonly intervals: string[] = [];
  private stopping = false;
  private lastDigestAt = 0;
  private lastImportPurgeAt = 0;
  private lastDocumentPurgeAt = 0;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly registry: SchedulerRegistry,
    private readonly reminders: ReminderDispatcher,
    private readonly outbox: OutboxService,
    private readonly digests: DigestService,
    private readonly imports: ImportsService,
    private readonly inboundImap: InboundImapService,
    private readonly inbound: InboundIngestService,
    private readonly webhooks: WebhookDeliveryService,
    private readonly retention: DocumentRetention,
    private readonly mrz: MrzQueue,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.scheduler.enabled) return;
    for (const job of this.config.scheduler.jobs) {
      const name = `waiji:${job}:${Math.random().toString(36).slice(2, 8)}`;
      this.registry.addInterval(
        name,
        setInterval(() => this.trigger(job), this.config.scheduler.intervalMs),
      );
      this.intervals.push(name);
      this.trigger(job);
    }
    this.logger.log(`ticking every ${this.config.scheduler.intervalMs} ms: ${this.config.scheduler.jobs.join(', ')}`);
  }

  /** Start a tick of `job` unless one is running or the app is stopping; the promise is kept and awaited at shutdown. */
  trigger(job: Job): void {
    if (this.stopping || this.running.has(job)) return;
    const tick = this.run(job).finally(() => this.running.delete(job));
    this.running.set(job, tick);
  }

  /** One tick of `job`, errors logged, never rejected. */
  async run(job: Job): Promise<void> {
    const budgetMs = Math.max(5_000, this.config.scheduler.leaseMs / 2);
    try {
      if (job === 'reminders') {
        const stats = await this.reminders.dispatchDue(() => new Date(), budgetMs);
        if (stats.claimed > 0) this.logger.log(`reminders: ${JSON.stringify(stats)}`);
        if (stats.emails > 0 && this.config.scheduler.jobs.includes('outbox')) this.trigger('outbox');
      } else if (job === 'documents') {
        // Passport MRZ readings left PENDING (a restart, a full queue), then files past the retention policy.
        const swept = await this.mrz.sweep();
        let purged = 0;
        if (Date.now() - this.lastDocumentPurgeAt >= DOCUMENT_PURGE_EVERY_MS) {
          this.lastDocumentPurgeAt = Date.now();
          ({ purged } = await this.retention.purgeDue());
        }
        if (swept + purged > 0) this.logger.log(`documents: ${JSON.stringify({ swept, purged })}`);
      } else if (job === 'webhooks') {
        const stats = await this.webhooks.deliverDue(budgetMs);
        if (stats.claimed > 0) this.logger.log(`webhooks: ${JSON.stringify(stats)}`);
      } else if (job === 'outbox') {
        const stats = await this.outbox.deliverDue(budgetMs);
        if (stats.claimed > 0) this.logger.log(`outbox: ${JSON.stringify(stats)}`);
      } else if (job === 'inbound') {
        // Connected IMAP mailboxes drained into the queue, then the queue (SMTP mail, retries) processed.
        const polled = await this.inboundImap.pollDue();
        const processed = await this.inbound.processDue(budgetMs);
        if (polled.fetched + processed.claimed > 0)
          this.logger.log(`inbound: ${JSON.stringify({ ...polled, ...processed })}`);
      } else if (job === 'imports') {
        const recovered = await this.imports.recoverInterrupted(budgetMs);
        if (recovered.resumed + recovered.abandoned > 0) this.logger.log(`imports: ${JSON.stringify(recovered)}`);
        if (Date.now() - this.lastImportPurgeAt < IMPORT_PURGE_EVERY_MS) return;
        this.lastImportPurgeAt = Date.now();
        const purged = await this.imports.purgeStaged();
        if (purged.jobs > 0) this.logger.log(`imports purged: ${JSON.stringify(purged)}`);
      } else {
        if (Date.now() - this.lastDigestAt < Math.max(DIGEST_EVERY_MS, this.config.scheduler.intervalMs)) return;
        this.lastDigestAt = Date.now();
        const stats = await this.digests.enqueueDue();
        if (stats.enqueued > 0) {
          this.logger.log(`digest: ${JSON.stringify(stats)}`);
          if (this.config.scheduler.jobs.includes('outbox')) this.trigger('outbox');
        }
      }
    } catch (error) {
      this.logger.error(
        `${job} tick failed; the next interval retries: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      );
    }
  }

  // Non-global modules are destroyed before the global database and mail modules, so ticks finish on a live pool.
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    for (const name of this.intervals) this.registry.deleteInterval(name);
    this.intervals.length = 0;
    await Promise.all(this.running.values());
  }
}
