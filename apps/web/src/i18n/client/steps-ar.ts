// Arabic next steps, a chunk of its own (clientPacks.ts loads it with the pack).
export { stepsAr as steps } from '@waiji/domain';
