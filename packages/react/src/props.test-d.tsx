// Checked by `tsc` (`pnpm typecheck`), never run: each `@ts-expect-error` fails the check if its line compiles, so
// these lines prove that a wrong prop is a type error, not only that right ones are accepted.
import type { IjmNewsletterSignup, IjmTierBadge, SelfCheckStep } from '@ijm/widgets';
import { useRef } from 'react';
import {
  FollowLinks,
  FundraiserCta,
  Icon,
  type IjmErrorEvent,
  type IjmInvalidEvent,
  type IjmQuickExitEvent,
  type IjmSelfCheckStepEvent,
  type IjmSubmitEvent,
  type IjmSuccessEvent,
  IndicatorSelfCheck,
  MediaContact,
  NewsletterSignup,
  QuickExit,
  TierBadge,
  TierHistory,
} from './index.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(_proof: Equal<A, B>) => {};

// The events are the ones the widgets declare in `GlobalEventHandlersEventMap`.
same<IjmSubmitEvent, GlobalEventHandlersEventMap['ijm-submit']>(true);
same<IjmSuccessEvent, GlobalEventHandlersEventMap['ijm-success']>(true);
same<IjmErrorEvent, GlobalEventHandlersEventMap['ijm-error']>(true);
same<IjmInvalidEvent, GlobalEventHandlersEventMap['ijm-invalid']>(true);
same<IjmSelfCheckStepEvent, GlobalEventHandlersEventMap['ijm-self-check-step']>(true);
// `ijm-quick-exit` is declared in the widgets' source (kit/quick-exit.ts), but their built types leave that declaration
// out, so it is checked against the source's type here.
same<IjmQuickExitEvent, CustomEvent<undefined>>(true);

export function RightProps() {
  const badge = useRef<IjmTierBadge>(null);
  const form = useRef<IjmNewsletterSignup>(null);
  return (
    <>
      <TierBadge ref={badge} tier="2WL" />
      <TierBadge tier={1} lang="ms" className="badge" />
      <TierBadge country="MYS" year={2022} messages={{ unknownTier: 'Unknown' }} />
      <TierHistory country="MYS" from={2014} highlight={[2021, '2022']} />
      <NewsletterSignup
        ref={form}
        endpoint="https://intake.example.org/v1/submissions/newsletter-signup"
        showNames
        requireCountry={false}
        timeout={20_000}
        headingLevel={3}
        onIjmSubmit={(event) => {
          const email: string | undefined = event.detail.envelope.data.email;
          event.detail.respondWith(Promise.resolve(email));
          event.preventDefault();
        }}
        onIjmSuccess={(event) => event.detail.status}
        onIjmError={(event) => event.detail.reason}
        onIjmInvalid={(event) => event.detail.errors.map((error) => error.field)}
      />
      <MediaContact topics={[{ value: 'report', label: 'Our report' }]} />
      <FundraiserCta goal={1000} raised={250} currency="MYR" endpoint="https://x.example/" consentVersion="v1" />
      <QuickExit inline exitUrl="https://www.example.org/" onIjmQuickExit={(event) => event.type} />
      <IndicatorSelfCheck
        country="MY"
        mode="professional"
        onIjmSelfCheckStep={(event) => {
          const step: SelfCheckStep = event.detail.step;
          return step;
        }}
      />
      <Icon name="search" label="Search" />
      <FollowLinks facebook="https://www.facebook.com/IJM" newTab hideHeading />
    </>
  );
}

export function WrongProps() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      {/* @ts-expect-error a tier is text or a number */}
      <TierBadge tier={{ tier: 1 }} />
      {/* @ts-expect-error a ref to another kind of element */}
      <TierBadge ref={input} />
      {/* @ts-expect-error read-only state of the element is no prop */}
      <TierBadge shownTier="1" />
      {/* @ts-expect-error nor are Lit's internals */}
      <TierBadge updateComplete={Promise.resolve(true)} />
      {/* @ts-expect-error no such property */}
      <TierBadge tierr="1" />
      {/* @ts-expect-error the badge has no events */}
      <TierBadge onIjmSubmit={() => {}} />
      {/* @ts-expect-error highlight holds years, not booleans */}
      <TierHistory highlight={[true]} />
      {/* @ts-expect-error an endpoint is text */}
      <NewsletterSignup endpoint={new URL('https://intake.example.org/')} />
      {/* @ts-expect-error show-names is a boolean prop */}
      <NewsletterSignup showNames="yes" />
      {/* @ts-expect-error timeout is a number */}
      <NewsletterSignup timeout="20000" />
      {/* @ts-expect-error the form's controller is no prop */}
      <NewsletterSignup form={undefined} />
      {/* @ts-expect-error a handler for another event's detail */}
      <NewsletterSignup onIjmSubmit={(event: CustomEvent<{ step: string }>) => event.detail.step} />
      <NewsletterSignup
        onIjmSubmit={(event) => {
          // @ts-expect-error the detail has no such field
          return event.detail.answers;
        }}
        onIjmError={(event) => {
          // @ts-expect-error a failure's reason is one of a few words
          const reason: 'timeout' | 'network' = event.detail.reason;
          return reason;
        }}
      />
      {/* @ts-expect-error topics are { value, label } options */}
      <MediaContact topics={['report']} />
      {/* @ts-expect-error the lead form's consent version is text */}
      <FundraiserCta consentVersion={1} />
      {/* @ts-expect-error inline is a boolean */}
      <QuickExit inline="yes" />
      {/* @ts-expect-error the quick exit has no step event */}
      <QuickExit onIjmSelfCheckStep={() => {}} />
      <IndicatorSelfCheck
        onIjmSelfCheckStep={(event) => {
          // @ts-expect-error the step event never carries an answer
          return event.detail.answer;
        }}
      />
      {/* @ts-expect-error new-tab is a boolean */}
      <FollowLinks newTab="true" />
      {/* @ts-expect-error an icon's name is text */}
      <Icon name={42} />
    </>
  );
}
