// Defined with the other database building blocks; some case modules still name it from here.
export type { SqlRunner } from '../database/sql-runner';
