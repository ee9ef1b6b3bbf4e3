import { AsyncLocalStorage } from 'node:async_hooks';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool, type PoolClient, type QueryConfig } from 'pg';
import type { Prisma, PrismaClient } from '../generated/prisma/client';

/**
 * Prisma inside a transaction this process opened on a pg connection (database/transaction.ts), so one transaction
 * can hold both Prisma's typed queries and hand SQL. Prisma reaches PostgreSQL through its driver adapter; the one
 * we give it (JoiningPg) starts no transaction of its own: `prisma.$transaction` started by PrismaJoin takes the
 * connection handed over here, and Prisma's BEGIN and COMMIT are "phantom" (our BEGIN came first, our COMMIT comes
 * last). Values and result types go through PrismaPg's own code, run on that connection.
 */

type PgAdapter = Awaited<ReturnType<PrismaPg['connect']>>;
type DriverTransaction = Awaited<ReturnType<PgAdapter['startTransaction']>>;
type SqlQuery = Parameters<PgAdapter['queryRaw']>[0];

/** The transaction a starting prisma.$transaction joins, and what to note if Prisma rolls it back (a timeout). */
type Joining = { connection: PoolClient; rolledBack: () => void };

const joining = new AsyncLocalStorage<Joining>();

/** pg's Pool shape over one checked-out connection: PrismaPg's query code takes a Pool. */
class OneConnection extends Pool {
  constructor(connection: PoolClient) {
    super();
    Object.defineProperty(this, 'query', { value: (config: QueryConfig) => connection.query(config) });
  }
}

/** PrismaPg on each pooled connection, made once per connection (the pool reuses them). */
const onConnection = new WeakMap<PoolClient, Promise<PgAdapter>>();

function adapterOn(connection: PoolClient): Promise<PgAdapter> {
  let adapter = onConnection.get(connection);
  if (!adapter) {
    adapter = new PrismaPg(new OneConnection(connection)).connect();
    onConnection.set(connection, adapter);
  }
  return adapter;
}

/** PrismaPg's adapter, except that a transaction joins the one PrismaJoin hands over. */
class JoiningAdapter {
  readonly provider = 'postgres';
  readonly adapterName: string;

  constructor(private readonly pooled: PgAdapter) {
    this.adapterName = pooled.adapterName;
  }

  queryRaw(query: SqlQuery) {
    return this.pooled.queryRaw(query);
  }

  executeRaw(query: SqlQuery) {
    return this.pooled.executeRaw(query);
  }

  executeScript(script: string) {
    return this.pooled.executeScript(script);
  }

  getConnectionInfo() {
    return this.pooled.getConnectionInfo();
  }

  dispose() {
    return this.pooled.dispose();
  }

  async startTransaction(): Promise<DriverTransaction> {
    const open = joining.getStore();
    // Every transaction is bound to a role first (TenantDatabase); Prisma never opens an unbound one.
    if (!open) throw new Error('Prisma runs in transactions of TenantDatabase only');
    const adapter = await adapterOn(open.connection);
    return {
      provider: 'postgres',
      adapterName: this.adapterName,
      options: { usePhantomQuery: true },
      queryRaw: (query) => adapter.queryRaw(query),
      executeRaw: (query) => adapter.executeRaw(query),
      commit: async () => undefined,
      rollback: async () => open.rolledBack(),
    };
  }
}

/** The driver adapter factory of PrismaService. */
export class JoiningPg {
  readonly provider = 'postgres';
  readonly adapterName: string;

  constructor(private readonly pg: PrismaPg) {
    this.adapterName = pg.adapterName;
  }

  async connect(): Promise<JoiningAdapter> {
    return new JoiningAdapter(await this.pg.connect());
  }
}

/**
 * Prisma's side of one transaction on `connection`, joined at its first Prisma query: work that runs only hand SQL
 * (the hot paths) never touches the ORM. `client` stands in for Prisma's transaction client until then.
 */
export class PrismaJoin {
  private started: Promise<Prisma.TransactionClient> | undefined;
  private finished: Promise<unknown> | undefined;
  private settle: ((error?: unknown) => void) | undefined;
  private rolledBack = false;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly connection: PoolClient,
    private readonly timeout: number | undefined,
  ) {}

  private join(): Promise<Prisma.TransactionClient> {
    this.started ??= new Promise((resolve, reject) => {
      const workDone = new Promise<void>((done, failed) => {
        this.settle = (error) => (error === undefined ? done() : failed(error));
      });
      // Awaited by Prisma once it has started; if it never starts, nobody else waits for it.
      workDone.catch(() => undefined);
      const open: Joining = { connection: this.connection, rolledBack: () => (this.rolledBack = true) };
      this.finished = joining.run(open, () =>
        this.prisma.$transaction(
          (client) => {
            resolve(client);
            return workDone;
          },
          this.timeout === undefined ? {} : { timeout: this.timeout },
        ),
      );
      this.finished.catch(reject);
    });
    return this.started;
  }

  /** Prisma's transaction client, joining at its first query. */
  client<Extra extends object>(extra: Extra): Prisma.TransactionClient & Extra {
    const call = (model: string | undefined, method: string, args: unknown[]) =>
      this.join().then((client) => {
        const target = (model === undefined ? client : (client as unknown as Record<string, unknown>)[model]) as Record<
          string,
          (...args: unknown[]) => unknown
        >;
        const fn = target[method];
        if (typeof fn !== 'function')
          throw new TypeError(`Prisma has no ${model === undefined ? method : `${model}.${method}`}`);
        return fn.apply(target, args);
      });
    const models = new Map<string, object>();
    const model = (name: string) => {
      let delegate = models.get(name);
      if (!delegate) {
        delegate = new Proxy(
          {},
          {
            get: (_, method) =>
              typeof method === 'string' && method !== 'then'
                ? (...args: unknown[]) => call(name, method, args)
                : undefined,
          },
        );
        models.set(name, delegate);
      }
      return delegate;
    };
    return new Proxy(extra, {
      get: (target, key) => {
        if (key in target) return Reflect.get(target, key);
        // Not a thenable: a transaction client returned from an async function stays itself.
        if (typeof key !== 'string' || key === 'then') return undefined;
        return key.startsWith('$') ? (...args: unknown[]) => call(undefined, key, args) : model(key);
      },
    }) as Prisma.TransactionClient & Extra;
  }

  /** After the work: Prisma commits its part (nothing to send), or reports that it rolled back (its timeout). */
  async commit(): Promise<void> {
    if (!this.finished) return;
    this.settle?.();
    await this.finished;
    if (this.rolledBack) throw new Error('Prisma rolled the transaction back');
  }

  /** The work failed: Prisma rolls back its part (nothing to send); the caller rolls back the transaction. */
  async abandon(error: unknown): Promise<void> {
    if (!this.finished) return;
    this.settle?.(error ?? new Error('transaction abandoned'));
    await this.finished.catch(() => undefined);
  }
}
