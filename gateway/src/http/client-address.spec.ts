import type { IncomingMessage } from 'node:http';
import { addressKey, clientOrigin, trustProxies } from './client-address';

/** A request as it reaches the gateway: the socket's peer and the headers it brought. */
const request = (peer: string, headers: Record<string, string> = {}) => ({ socket: { remoteAddress: peer }, headers }) as unknown as IncomingMessage;

describe('client address', () => {
  const forged = { 'x-forwarded-for': '198.51.100.23', 'x-forwarded-proto': 'https' };

  it('is the socket peer when nobody is trusted, whatever the headers say', () => {
    expect(clientOrigin(request('::ffff:127.0.0.1', forged), trustProxies([]))).toEqual({ address: '127.0.0.1', proto: 'http' });
  });

  it('walks X-Forwarded-For across trusted proxies only', () => {
    const trust = trustProxies(['10.0.0.0/8']);
    // The client forged the first entry; the trusted proxy appended the address it saw.
    expect(clientOrigin(request('10.0.0.2', { 'x-forwarded-for': '198.51.100.23, 203.0.113.9, 10.0.0.7', 'x-forwarded-proto': 'https' }), trust)).toEqual({
      address: '203.0.113.9',
      proto: 'https',
    });
    expect(clientOrigin(request('203.0.113.50', forged), trust)).toEqual({ address: '203.0.113.50', proto: 'http' });
  });

  it('counts IPv6 clients per /64 and IPv4 clients per address', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe(addressKey('2001:db8:1:2:ffff::9'));
    expect(addressKey('2001:db8:1:2::1')).not.toBe(addressKey('2001:db8:1:3::1'));
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
  });
});
