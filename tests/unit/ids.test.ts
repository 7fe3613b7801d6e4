import { describe, expect, it } from "vitest";
import {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  newJoinCode,
  newSecret,
  normalizeJoinCode,
} from "../../shared/ids.ts";

describe("join codes", () => {
  it("are short and use only unambiguous characters", () => {
    for (let i = 0; i < 200; i++) {
      const code = newJoinCode();
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      for (const ch of code) expect(JOIN_CODE_ALPHABET).toContain(ch);
    }
    for (const ambiguous of ["0", "O", "1", "I", "L", "2", "Z", "5", "S", "8", "B"]) {
      expect(JOIN_CODE_ALPHABET).not.toContain(ambiguous);
    }
  });

  it("accept what a student types: lower case, spaces and dashes", () => {
    expect(normalizeJoinCode(" k7-q m3 ")).toBe("K7QM3");
  });

  it("reject codes of the wrong length or with characters outside the alphabet", () => {
    expect(normalizeJoinCode("K7QM")).toBeNull();
    expect(normalizeJoinCode("K7QM3X")).toBeNull();
    expect(normalizeJoinCode("K7QM0")).toBeNull();
    expect(normalizeJoinCode("")).toBeNull();
  });
});

describe("secrets", () => {
  it("are long and do not repeat", () => {
    const a = newSecret();
    expect(a.length).toBeGreaterThanOrEqual(32);
    expect(newSecret()).not.toBe(a);
  });
});
