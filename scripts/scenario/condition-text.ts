// A scenario condition in a few words for the graph ("shared A1 (toestemming, in F1) and not injected I2").
import type { Condition } from "../../shared/scenario/conditions.ts";

const paren = (parts: (string | undefined)[]) => {
  const given = parts.filter((p): p is string => p !== undefined);
  return given.length > 0 ? ` (${given.join(", ")})` : "";
};

export function conditionText(c: Condition): string {
  if ("shared" in c) {
    const x = c.shared;
    if (typeof x === "string") return `shared ${x}`;
    return `shared ${x.card}${paren([x.basis, x.phase && `in ${x.phase}`, x.by && `by ${x.by}`])}`;
  }
  if ("contacted" in c) {
    const x = c.contacted;
    return typeof x === "string"
      ? `contacted ${x}`
      : `contacted ${x.contact}${paren([x.phase && `in ${x.phase}`])}`;
  }
  if ("decided" in c) return `decided ${c.decided}`;
  if ("knew" in c) return `knew ${c.knew}`;
  if ("chose" in c) return `chose ${c.chose.decision}-${c.chose.options.join("/")}`;
  if ("meter" in c) {
    const { id, atLeast, atMost } = c.meter;
    return [atLeast !== undefined ? `${id}>=${atLeast}` : "", atMost !== undefined ? `${id}<=${atMost}` : ""]
      .filter(Boolean)
      .join(" and ");
  }
  if ("injected" in c) return `injected ${c.injected}`;
  if ("phase" in c) return `in ${c.phase}`;
  if ("not" in c) return `not (${conditionText(c.not)})`;
  if ("all" in c) return c.all.map(group).join(" and ");
  return c.any.map(group).join(" or ");
}

/** A combined part in brackets, so "a and (b or c)" reads as meant. */
function group(c: Condition): string {
  const text = conditionText(c);
  return "all" in c || "any" in c ? `(${text})` : text;
}
