import type { Request, Response } from 'express';
import { clientOrigin, type ProxyTrust } from './client-address';

/** The subgraph that owns sessions: the only one that sees the browser's cookies and sets them. */
export const SESSION_SUBGRAPH = 'identity';

/** What the gateway passes on about the browser's request, and how it hands cookies back. */
export interface ClientForwarding {
  /** The browser's `Cookie` header, for identity only. */
  cookie?: string;
  /** The browser's address as the gateway determined it (see client-address.ts): the one `X-Forwarded-For` subgraphs get. */
  forwardedFor?: string;
  /** `https` when the browser's request came over TLS (directly or through a trusted proxy saying so). */
  forwardedProto?: string;
  userAgent?: string;
  /** Adds a `Set-Cookie` header to the browser's response (absent for operations the gateway runs itself). */
  setCookie?: (value: string) => void;
}

function single(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header.join(', ') : header;
}

/** Reads what is forwarded from the browser's request; `res` receives identity's cookies. */
export function clientForwarding(req: Request, res: Response, trust: ProxyTrust): ClientForwarding {
  const origin = clientOrigin(req, trust);
  return {
    cookie: single(req.headers.cookie),
    forwardedFor: origin.address || undefined,
    forwardedProto: origin.proto,
    userAgent: single(req.headers['user-agent']),
    setCookie: (value) => res.append('Set-Cookie', value),
  };
}

interface MutableHeaders {
  set(name: string, value: string): void;
}

/** Headers for one subgraph request: the client's address for every subgraph, its cookie and device for identity. */
export function forwardClient(subgraph: string, forwarding: ClientForwarding | undefined, headers: MutableHeaders): void {
  if (!forwarding) return;
  if (forwarding.forwardedFor) headers.set('x-forwarded-for', forwarding.forwardedFor);
  if (forwarding.forwardedProto) headers.set('x-forwarded-proto', forwarding.forwardedProto);
  if (subgraph !== SESSION_SUBGRAPH) return;
  if (forwarding.cookie) headers.set('cookie', forwarding.cookie);
  if (forwarding.userAgent) headers.set('user-agent', forwarding.userAgent);
}

/** Copies identity's `Set-Cookie` headers to the browser's response. */
export function returnCookies(subgraph: string, forwarding: ClientForwarding | undefined, setCookies: readonly string[]): void {
  if (subgraph !== SESSION_SUBGRAPH || !forwarding?.setCookie) return;
  for (const value of setCookies) forwarding.setCookie(value);
}
