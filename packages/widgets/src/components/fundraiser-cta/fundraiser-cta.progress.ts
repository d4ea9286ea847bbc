// Loaded only when a host gives `progress-src`: fetches the campaign's figures once and checks them with the core's
// schema, which brings zod/mini; a call to action without a remote source never downloads it.
import { type CampaignProgress, campaignProgress } from '@ijm/core/forms';
import { readJson } from '../../kit/read-json.js';

/** The figures at `url` (already checked to be `https:`), or `undefined` on any failure: no bar rather than a wrong one. */
export async function fetchProgress(url: string, signal: AbortSignal): Promise<CampaignProgress | undefined> {
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'application/json' },
      signal,
    });
    if (!response.ok) return undefined;
    const parsed = campaignProgress.safeParse(await readJson(response));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
