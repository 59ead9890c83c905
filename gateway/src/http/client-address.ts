import type { ClientRequest, IncomingMessage } from 'node:http';
import ipaddr from 'ipaddr.js';
import proxyAddr from 'proxy-addr';

/** Whether the address at this hop of the forwarded chain is a proxy the gateway believes. */
export type ProxyTrust = (address: string, hop: number) => boolean;

/**
 * Compiles TRUSTED_PROXIES (addresses, CIDRs and proxy-addr's names `loopback`, `linklocal`,
 * `uniquelocal`); throws on an entry that is none of these. An empty list trusts nobody.
 */
export function trustProxies(entries: readonly string[]): ProxyTrust {
  return proxyAddr.compile([...entries]);
}

/** Where a request comes from, as far as the gateway can tell. */
export interface ClientOrigin {
  /** The client's address: the socket's peer, or from X-Forwarded-For when the peer is a trusted proxy. */
  address: string;
  /** `https` when the request came over TLS, or a trusted proxy says it did. */
  proto: 'http' | 'https';
}

/** IPv4 clients of a dual-stack socket appear as `::ffff:a.b.c.d`; everything downstream wants `a.b.c.d`. */
function plain(address: string): string {
  return ipaddr.isValid(address) ? ipaddr.process(address).toString() : address;
}

/**
 * The client's address and scheme. X-Forwarded-For is walked from the socket's peer towards the
 * client only across trusted proxies (proxy-addr, as express's `trust proxy`), so a header sent by
 * the client itself changes nothing; X-Forwarded-Proto counts only from a trusted peer.
 */
export function clientOrigin(req: IncomingMessage, trust: ProxyTrust): ClientOrigin {
  const peer = req.socket.remoteAddress ?? '';
  const address = peer ? plain(proxyAddr(req, trust)) : '';
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
  let proto: ClientOrigin['proto'] = encrypted ? 'https' : 'http';
  if (peer && trust(peer, 0)) {
    const header = req.headers['x-forwarded-proto'];
    const claimed = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim().toLowerCase();
    if (claimed === 'https' || claimed === 'http') proto = claimed;
  }
  return { address, proto };
}

/**
 * The key per-address limits count under: the address itself for IPv4, its /64 for IPv6 (one
 * subscriber usually holds a whole /64, so single addresses would be free to rotate).
 */
export function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${parts.map((part) => part.toString(16)).join(':')}::/64`;
}

/**
 * On a request the gateway proxies as it is (`/auth/`, the directory's routes): the client's
 * address and scheme as determined here replace whatever X-Forwarded-* the client sent.
 */
export function replaceForwardedHeaders(trust: ProxyTrust) {
  return (proxyReq: ClientRequest, req: IncomingMessage): void => {
    const origin = clientOrigin(req, trust);
    proxyReq.removeHeader('forwarded');
    if (origin.address) proxyReq.setHeader('x-forwarded-for', origin.address);
    else proxyReq.removeHeader('x-forwarded-for');
    proxyReq.setHeader('x-forwarded-proto', origin.proto);
    if (req.headers.host) proxyReq.setHeader('x-forwarded-host', req.headers.host);
  };
}
