import * as z from 'zod/mini';
import { define } from '../define-schema.js';

/**
 * A fundraising campaign's progress, as a partner serves it for `<ijm-fundraiser-cta progress-src>`: the goal and the
 * amount raised in one ISO 4217 currency, and when the figures were last updated (ISO 8601). Keys beyond these are
 * ignored, so a partner can serve more.
 */
export const campaignProgress = /* @__PURE__ */ define(() => {
  const money = (min: number) =>
    z.number().check(z.refine((value: number) => Number.isFinite(value) && value >= min && value <= 1e12));
  return z.object({
    goal: money(Number.MIN_VALUE),
    raised: money(0),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
    updatedAt: z.optional(z.string().check(z.refine((value: string) => !Number.isNaN(Date.parse(value))))),
  });
});

export type CampaignProgress = z.output<typeof campaignProgress>;
