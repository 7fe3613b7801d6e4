// Client-side navigation between pages without reloading, so the Colyseus connection survives.
export type Navigate = {
  to: (path: string) => void;
  /** For <a onclick>: follow the link in-app unless the user asked for a new tab. */
  link: EventListener;
};
