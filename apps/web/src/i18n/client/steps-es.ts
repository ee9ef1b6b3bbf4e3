// Spanish next steps, a chunk of its own (clientPacks.ts loads it with the pack).
export { stepsEs as steps } from '@waiji/domain';
