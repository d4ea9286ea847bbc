import { inject } from 'vitest';
import type { RecordedRequest, ScriptedResponse } from './intake-server.js';

export type { RecordedRequest, ScriptedResponse };

let counter = 0;

/**
 * A fresh scenario on the test intake server (or on the attacker's, given `inject('attackerOrigin')`): the endpoint to
 * give a form, and the POSTs it received. The server answers with `responses` in order, then
 * `201 { status: 'accepted' }`.
 */
export async function intakeScenario(
  responses: readonly ScriptedResponse[] = [],
  origin: string = inject('intakeOrigin'),
) {
  const id = `${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const scripted = await fetch(`${origin}/script/${id}`, { method: 'POST', body: JSON.stringify(responses) });
  if (!scripted.ok) throw new Error(`could not script the intake server: ${scripted.status}`);
  return {
    endpoint: `${origin}/intake/${id}`,
    async requests(): Promise<RecordedRequest[]> {
      return (await fetch(`${origin}/requests/${id}`)).json();
    },
  };
}
