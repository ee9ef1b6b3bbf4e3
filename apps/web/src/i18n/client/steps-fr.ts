// French next steps, a chunk of its own (clientPacks.ts loads it with the pack).
export { stepsFr as steps } from '@waiji/domain';
