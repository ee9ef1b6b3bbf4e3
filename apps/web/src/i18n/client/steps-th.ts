// Thai next steps, a chunk of its own (clientPacks.ts loads it with the pack).
export { stepsTh as steps } from '@waiji/domain';
