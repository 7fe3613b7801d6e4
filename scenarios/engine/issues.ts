// The located problem report every author tool and the server share.
export interface ScenarioIssue {
  file: string;
  line: number;
  column: number;
  /** Where in the document, as an author reads it: decisions[2].options[1].effects.WON */
  path: string;
  message: string;
}

export type PathSegment = string | number;

/** An issue before it has a line and column: the document path is enough to find it later. */
export interface PathIssue {
  path: PathSegment[];
  message: string;
  /** Point at the key itself (an unknown field) instead of its value. */
  atKey?: boolean;
}

export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out === "" ? seg : `.${seg}`;
  }
  return out === "" ? "(document)" : out;
}

export function formatIssue(i: ScenarioIssue): string {
  return `${i.file}:${i.line}:${i.column}  ${i.path}  ${i.message}`;
}
