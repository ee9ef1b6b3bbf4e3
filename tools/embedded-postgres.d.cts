export declare class EmbeddedPostgresError extends Error {}
export type EmbeddedPostgres = {
  port: number;
  /** Where the cluster really lives (a private checkout as root moves it; see placeDataDir). */
  dataDir: string;
  url: (database?: string) => string;
  /** Settles with the exit code when the server exits, whether stopped or not. */
  exited: Promise<number | null>;
  stop: () => Promise<void>;
};
export declare function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
  notice?: (line: string) => void;
  fsync?: boolean;
  nativeDir?: string;
}): Promise<EmbeddedPostgres>;
export declare function freePort(): Promise<number>;
