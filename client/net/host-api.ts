// The teacher's JSON API calls, checked with the shared zod schemas: the home and host pages load this, the join form
// does not (net/api.ts).
import { ScenarioListResponse } from "../../shared/protocol/scenario-list.ts";
import {
  type CreateSessionRequest,
  CreateSessionResponse,
  HostSessionResponse,
} from "../../shared/protocol/session.ts";
import { api } from "./api.ts";

/** The scenarios on offer, and the folder's files left out with their first problem. */
export const listScenarios = () => api("/scenarios", (body) => ScenarioListResponse.parse(body));

export const createSession = (request: CreateSessionRequest) =>
  api("/sessions", (body) => CreateSessionResponse.parse(body), {
    method: "POST",
    body: JSON.stringify(request),
  });

/** Where a session stands for its teacher, live or ended, until retention deletes it (404 then). */
export const hostSession = (code: string, hostKey: string) =>
  api(`/sessions/${encodeURIComponent(code)}/host`, (body) => HostSessionResponse.parse(body), {
    headers: { Authorization: `Bearer ${hostKey}` },
  });
