// French words of the domain's texts (next steps, what Alipay's messages mean), a chunk of its own (clientPacks.ts).
export { textsFr as texts } from '@waiji/domain';
