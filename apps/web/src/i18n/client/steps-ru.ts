// Russian next steps, a chunk of its own (clientPacks.ts loads it with the pack).
export { stepsRu as steps } from '@waiji/domain';
