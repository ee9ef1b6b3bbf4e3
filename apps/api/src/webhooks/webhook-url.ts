import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { ApiError } from '../common/api-error';

// Where a webhook may go. In production (WEBHOOK_ALLOW_PRIVATE off) only https, and never to an address inside
// the network the server sits in: loopback, private, carrier-grade NAT, link-local (cloud metadata at
// 169.254.169.254), unique-local, multicast, unspecified. The URL is checked when saved, and the address again
// at every connection (resolveSafely below is the socket's DNS lookup), so a name that later resolves inward
// (DNS rebinding) is refused too. Outside production http is allowed to loopback only, for local receivers.

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(network, prefix, 'ipv6');

/** True for addresses a production server must not call on a customer's behalf. */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped?.[1]) return blocked.check(mapped[1], 'ipv4');
    return blocked.check(address, 'ipv6');
  }
  return blocked.check(address, 'ipv4');
}

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Checks an endpoint URL when it is saved: 400 with a reason the settings screen shows. */
export function checkEndpointUrl(raw: string, allowPrivate: boolean): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ApiError('VALIDATION_FAILED', 'Not a URL', { field: 'url', reason: 'URL_INVALID' });
  }
  if (url.username || url.password)
    throw new ApiError('VALIDATION_FAILED', 'Leave credentials out of the URL', {
      field: 'url',
      reason: 'URL_CREDENTIALS',
    });
  const loopback = LOOPBACK_NAMES.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowPrivate && loopback)) {
    throw new ApiError('VALIDATION_FAILED', 'Webhook URLs must use https', { field: 'url', reason: 'URL_NOT_HTTPS' });
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && (url.hostname === 'localhost' || (isIP(host) !== 0 && isInternalAddress(host)))) {
    throw new ApiError('VALIDATION_FAILED', 'Webhook URLs must not point into a private network', {
      field: 'url',
      reason: 'URL_PRIVATE',
    });
  }
  return url.toString();
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A DNS lookup for the delivery socket that refuses internal addresses (see the file comment). */
export function resolveSafely(hostname: string, options: object, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const list = addresses;
    const bad = list.find((entry) => isInternalAddress(entry.address));
    if (bad) {
      const refused: NodeJS.ErrnoException = new Error(`${hostname} resolves to an internal address (${bad.address})`);
      refused.code = 'EWEBHOOKPRIVATE';
      return callback(refused, []);
    }
    const all = (options as { all?: boolean }).all === true;
    if (all) return callback(null, list);
    const first = list[0];
    if (!first) return callback(new Error(`${hostname} has no address`), []);
    return callback(null, first.address, first.family);
  });
}
