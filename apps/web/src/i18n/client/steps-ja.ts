// Japanese next steps, a chunk of its own (clientPacks.ts loads it with the pack).
export { stepsJa as steps } from '@waiji/domain';
