// German next steps, a chunk of its own (clientPacks.ts loads it with the pack).
export { stepsDe as steps } from '@waiji/domain';
