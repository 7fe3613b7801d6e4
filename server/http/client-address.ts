// Which address a request comes from, for the limits per address. The socket's peer address, unless the operator
// said a proxy stands in front (TRUST_PROXY=<number of proxies>, docs/deployment.md): then the address the nearest
// proxy saw, the right-most entries of X-Forwarded-For. Colyseus's own `context.ip` believes X-Real-IP and the
// left-most X-Forwarded-For from anyone, which a client can set to whatever it likes, so it is not used.
import type { AuthContext, Client } from "@colyseus/core";
import type { Request } from "express";

/**
 * The key a limit counts under: IPv4 as is (also when written IPv4-mapped, `::ffff:10.0.0.7`), IPv6 by its /64,
 * since one household or attacker gets a whole /64 and could otherwise take a fresh address per try.
 */
export function addressKey(address: string | undefined): string {
  if (!address) return "unknown";
  const plain = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped?.[1]) return mapped[1];
  if (!plain.includes(":")) return plain;
  const [head = "", tail = ""] = plain.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = plain.includes("::")
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/** The client's address given the peer's and the forwarding header, trusting `trustedProxies` hops of it. */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | null | undefined,
  trustedProxies: number,
): string {
  if (trustedProxies <= 0 || !forwardedFor) return addressKey(peer);
  const hops = forwardedFor
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  // Each proxy appends the address it saw: the last `trustedProxies` entries were written by our own proxies.
  const seen = hops[hops.length - trustedProxies] ?? hops[0];
  return addressKey(seen ?? peer);
}

export function requestAddress(req: Request, trustedProxies: number): string {
  return clientAddress(req.socket.remoteAddress, req.get("x-forwarded-for"), trustedProxies);
}

/** The WebSocket's peer: the transport keeps the `ws` socket as `client.ref`, and that its TCP socket. */
export function joinAddress(client: Client, context: AuthContext, trustedProxies: number): string {
  const ref = client.ref as unknown as { _socket?: { remoteAddress?: string } } | undefined;
  const peer = ref?._socket?.remoteAddress ?? context.req?.socket?.remoteAddress;
  return clientAddress(peer, context.headers.get("x-forwarded-for"), trustedProxies);
}
