// Views arrive many times a minute; re-drawing a section must not wipe what a student is typing or choosing.
type Kept = { value: string; checked: boolean; open: boolean };

/**
 * Replaces a container's children, carrying over the values, checked state and open state of elements with an
 * id, and the focus, to their namesakes in the new content.
 */
export function replaceKeeping(container: HTMLElement, ...children: (Node | null | undefined | false)[]) {
  const kept = new Map<string, Kept>();
  for (const el of container.querySelectorAll<HTMLElement>("[id]")) {
    if (
      el instanceof HTMLInputElement ||
      el instanceof HTMLTextAreaElement ||
      el instanceof HTMLSelectElement
    )
      kept.set(el.id, {
        value: el.value,
        checked: el instanceof HTMLInputElement && el.checked,
        open: false,
      });
    else if (el instanceof HTMLDetailsElement) kept.set(el.id, { value: "", checked: false, open: el.open });
  }
  const active = document.activeElement;
  const focusedId = active instanceof HTMLElement && container.contains(active) ? active.id : "";

  container.replaceChildren(...children.filter((c): c is Node => Boolean(c)));

  for (const [id, was] of kept) {
    const el = container.querySelector(`#${CSS.escape(id)}`);
    if (el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox"))
      el.checked = was.checked;
    else if (el instanceof HTMLSelectElement) {
      if ([...el.options].some((o) => o.value === was.value)) el.value = was.value;
    } else if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.value = was.value;
    else if (el instanceof HTMLDetailsElement) el.open = was.open;
  }
  if (focusedId) {
    const el = container.querySelector(`#${CSS.escape(focusedId)}`);
    if (el instanceof HTMLElement) el.focus();
  }
}

/** Re-draws only when what a section shows has changed, so focus and scroll stay put between updates. */
export function memo<T>(draw: (value: T) => void): (value: T, key: unknown) => void {
  let last: string | undefined;
  return (value, key) => {
    const next = JSON.stringify(key);
    if (next === last) return;
    last = next;
    draw(value);
  };
}
