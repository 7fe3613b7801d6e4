// Turns a document path into a line and column, so every error points at the author's own text.
import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import type { PathSegment } from "./issues.ts";

interface Located {
  line: number;
  column: number;
}

function keyMatches(key: unknown, seg: PathSegment): boolean {
  const k = isScalar(key) ? key.value : key;
  return String(k) === String(seg);
}

/**
 * Walks as deep as the path exists; a missing key is reported at the closest existing parent,
 * which is where the author has to add it.
 */
export function locate(
  doc: Document,
  counter: LineCounter,
  path: readonly PathSegment[],
  atKey = false,
): Located {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] as PathSegment;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyMatches(p.key, seg));
      if (!pair) break;
      const keyNode = pair.key as Node | null;
      const valueNode = pair.value as Node | null;
      if (last && atKey && keyNode?.range) {
        offset = keyNode.range[0];
        break;
      }
      offset = valueNode?.range?.[0] ?? keyNode?.range?.[0] ?? offset;
      node = valueNode;
    } else if (isSeq(node) && typeof seg === "number") {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  const pos = counter.linePos(offset);
  return { line: pos.line, column: pos.col };
}
