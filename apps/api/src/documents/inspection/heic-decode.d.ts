// heic-decode ships no types; the part of its API used here.
declare module 'heic-decode' {
  type Decoded = { width: number; height: number; data: Uint8ClampedArray };
  type Lazy = { width: number; height: number; decode(): Promise<Decoded> };
  type Decode = ((input: { buffer: Buffer | Uint8Array }) => Promise<Decoded>) & {
    all(input: { buffer: Buffer | Uint8Array }): Promise<Lazy[] & { dispose(): void }>;
  };
  const decode: Decode;
  export default decode;
}
