// Korean next steps, a chunk of its own (clientPacks.ts loads it with the pack).
export { stepsKo as steps } from '@waiji/domain';
