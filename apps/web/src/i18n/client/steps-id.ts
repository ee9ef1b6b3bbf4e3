// Indonesian next steps, a chunk of its own (clientPacks.ts loads it with the pack).
export { stepsId as steps } from '@waiji/domain';
