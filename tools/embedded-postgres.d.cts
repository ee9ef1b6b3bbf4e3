export declare class EmbeddedPostgresError extends Error {}
export type EmbeddedPostgres = { port: number; url: (database?: string) => string; stop: () => Promise<void> };
export declare function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
  fsync?: boolean;
}): Promise<EmbeddedPostgres>;
export declare function freePort(): Promise<number>;
