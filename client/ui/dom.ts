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

/**
 * Replaces the page. When the focus was on the page (or nowhere) and went with it (a form that joined and gave way
 * to the lobby), it moves to the new page's first heading, so a screen reader says where the student is and Tab
 * starts from there. Focus elsewhere (the language switch in the chrome) stays where it is.
 */
export function mount(...children: Child[]) {
  const app = document.getElementById("app");
  if (!app) throw new Error("#app is missing from index.html");
  // A pressed submit button is disabled while it waits, which drops the focus to the body: that counts as the page's.
  const active = document.activeElement;
  const hadFocus = active === null || active === document.body || app.contains(active);
  app.replaceChildren(...children.filter((c): c is Node | string => Boolean(c)));
  if (hadFocus && !app.contains(document.activeElement)) focusHeading(app);
}

/** Focuses a container's first heading (made focusable for it), or the container itself. */
export function focusHeading(container: HTMLElement) {
  const heading = container.querySelector<HTMLElement>("h1, h2");
  if (heading) {
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  } else container.focus({ preventScroll: true });
}

export function showStatus(text: string | null) {
  const status = document.getElementById("status");
  if (!status) return;
  status.hidden = text === null;
  status.textContent = text ?? "";
}
