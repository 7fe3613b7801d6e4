// YAML's own syntax errors in plain advice: a text with a colon needs quotes, indent with spaces, close a quote.
import type { YAMLError } from "yaml";
import { type AuthorText, msg } from "./author-text.ts";

export function yamlAdvice(e: YAMLError): AuthorText {
  const first = e.message.split("\n")[0] ?? e.message;
  switch (e.code) {
    case "BLOCK_AS_IMPLICIT_KEY":
      return msg("authoring.yaml.colon");
    case "BLOCK_IN_FLOW":
      return msg("authoring.yaml.colonInBraces");
    case "MULTILINE_IMPLICIT_KEY":
      return msg("authoring.yaml.noValue");
    case "MISSING_CHAR":
      if (/quote/i.test(first)) return msg("authoring.yaml.quote");
      if (/map values/.test(first)) return msg("authoring.yaml.noValue");
      return msg("authoring.yaml.unclosed");
    case "BAD_INDENT":
      return /flow|end with/i.test(first) ? msg("authoring.yaml.unclosed") : msg("authoring.yaml.indent");
    case "TAB_AS_INDENT":
      return msg("authoring.yaml.tab");
    case "DUPLICATE_KEY":
      return msg("authoring.yaml.duplicate");
    default:
      return msg("authoring.yaml.other", { detail: first });
  }
}
