import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';
import type { FastifyInstance } from 'fastify';

/** What an incoming request id may look like: short, printable, nothing a log or a header could be split by. */
const SANE = /^[A-Za-z0-9._:@/+=-]{8,128}$/;

/**
 * The request id (ADR 0080): a proxy we trust (TRUST_PROXY) may hand its own in `x-request-id`, so one id follows
 * the request through nginx and here; anyone else's is ignored, and a fresh one is made.
 */
export function requestIdMaker(trustProxy: string[] | undefined): (req: IncomingMessage) => string {
  const trusted = trustProxy?.length ? proxyAddr.compile(trustProxy) : null;
  return (req) => {
    const given = req.headers['x-request-id'];
    const peer = req.socket?.remoteAddress;
    if (trusted && peer && typeof given === 'string' && SANE.test(given) && trusted(peer, 0)) return given;
    return randomUUID();
  };
}

/** Every answer names its request id, errors and static files included. */
export function installRequestIdHeader(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-request-id', req.id);
    return payload;
  });
}
