// The teacher's JSON API calls, checked with the shared zod schemas: the home and host pages load this, the join form
// does not (net/api.ts).
import { z } from "zod";
import {
  type CreateSessionRequest,
  CreateSessionResponse,
  HostSessionResponse,
  ScenarioSummary,
} from "../../shared/protocol/session.ts";
import { api } from "./api.ts";

const ScenarioList = z.object({ scenarios: z.array(ScenarioSummary) });

export const listScenarios = () => api("/scenarios", (body) => ScenarioList.parse(body));

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
