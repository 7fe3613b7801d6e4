// The pieces of the limits per address: which address a request counts under (and when X-Forwarded-For is
// believed), and buckets that forget idle addresses and never hold more than their cap.
import { describe, expect, it } from "vitest";
import { readConfig } from "../../server/config.ts";
import { AddressBuckets } from "../../server/http/address-buckets.ts";
import { addressKey, clientAddress } from "../../server/http/client-address.ts";

describe("the client's address", () => {
  it("is the socket's peer unless proxies are trusted, and then the address the nearest proxy saw", () => {
    expect(clientAddress("10.0.0.7", "203.0.113.9", 0)).toBe("10.0.0.7");
    expect(clientAddress("10.0.0.7", "203.0.113.9", 1)).toBe("203.0.113.9");
    // A client that writes its own X-Forwarded-For only adds entries to the left of what the proxy appends.
    expect(clientAddress("10.0.0.7", "1.2.3.4, 198.51.100.20", 1)).toBe("198.51.100.20");
    expect(clientAddress("10.0.0.7", "1.2.3.4, 198.51.100.20, 10.0.0.2", 2)).toBe("198.51.100.20");
    expect(clientAddress("10.0.0.7", undefined, 1)).toBe("10.0.0.7");
    expect(clientAddress(undefined, null, 0)).toBe("unknown");
  });

  it("counts IPv4-mapped addresses as IPv4 and IPv6 by its /64", () => {
    expect(addressKey("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(addressKey("2001:db8:aa:bb:1:2:3:4")).toBe("2001:db8:aa:bb::/64");
    expect(addressKey("2001:db8:aa:bb::9")).toBe("2001:db8:aa:bb::/64");
    expect(addressKey("2001:0db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("[::1]")).toBe("0:0:0:0::/64");
  });

  it("reads TRUST_PROXY and RATE_LIMITS from the environment", () => {
    expect(readConfig({}).trustedProxies).toBe(0);
    expect(readConfig({}).rateLimits).toBe(true);
    expect(readConfig({ TRUST_PROXY: "1", RATE_LIMITS: "off" })).toMatchObject({
      trustedProxies: 1,
      rateLimits: false,
    });
    expect(() => readConfig({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/);
  });
});

describe("buckets per address", () => {
  it("refuses past the burst, refills over time, and gives a refunded token back", () => {
    let now = 0;
    const buckets = new AddressBuckets({ burst: 3, perSecond: 1 }, 100, () => now);
    expect([1, 2, 3, 4].map(() => buckets.take("a"))).toEqual([true, true, true, false]);
    expect(buckets.waitSeconds("a")).toBe(1);
    expect(buckets.take("b")).toBe(true);
    now += 1_000;
    expect([buckets.take("a"), buckets.take("a")]).toEqual([true, false]);
    buckets.refund("a");
    expect(buckets.take("a")).toBe(true);
  });

  it("holds at most maxAddresses while addresses are cycled, dropping the least recently seen", () => {
    let now = 0;
    const buckets = new AddressBuckets({ burst: 5, perSecond: 1 }, 1_000, () => now);
    for (let i = 0; i < 5; i++) buckets.take("steady");
    for (let i = 0; i < 50_000; i++) {
      buckets.take(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`);
      if (i % 100 === 0) buckets.take("steady");
      now += 0.01;
    }
    expect(buckets.size).toBe(1_000);
    // Seen recently, so still remembered (and still empty: it has not been let off by the cycling).
    expect(buckets.take("steady")).toBe(false);
  });

  it("forgets addresses whose bucket has filled up again", () => {
    let now = 0;
    const buckets = new AddressBuckets({ burst: 2, perSecond: 1 }, 1_000, () => now);
    for (let i = 0; i < 500; i++) buckets.take(`192.0.2.${i}`);
    expect(buckets.size).toBe(500);
    now += 61_000;
    buckets.take("198.51.100.1");
    expect(buckets.size).toBe(1);
  });
});
