// A tiny element builder: pages stay declarative without a framework, and text is always set as text.
type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | boolean | EventListener | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(name.replace(/^on/, ""), value);
    else el.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

export function mount(...children: Child[]) {
  const app = document.getElementById("app");
  if (!app) throw new Error("#app is missing from index.html");
  app.replaceChildren(...children.filter((c): c is Node | string => Boolean(c)));
}

export function showStatus(text: string | null) {
  const status = document.getElementById("status");
  if (!status) return;
  status.hidden = text === null;
  status.textContent = text ?? "";
}
