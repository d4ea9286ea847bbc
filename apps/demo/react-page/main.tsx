// The demo's React page: a small React 19 app that uses the widgets through @ijm/react, bundled by
// scripts/build-react-page.mjs into dist/react/app.js. Only the wrappers it imports (and their elements) are in it.
import { FollowLinks } from '@ijm/react/follow-links';
import { type IjmErrorEvent, NewsletterSignup } from '@ijm/react/newsletter-signup';
import { TierBadge } from '@ijm/react/tier-badge';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

type Status =
  | { kind: 'idle' }
  | { kind: 'sending'; email: string }
  | { kind: 'done'; email: string }
  | { kind: 'failed' };

function statusMessage(status: Status): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'sending':
      return `Signing up ${status.email}…`;
    case 'done':
      return `Thank you: ${status.email} is on the list once the link in the email is confirmed.`;
    case 'failed':
      return 'The sign-up did not go through. What you typed is still in the form: try again.';
  }
}

function App({ intakeUrl }: { intakeUrl: string }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [year, setYear] = useState(2022);
  // `reason` says why (network, timeout, rate-limited, …); a site could word each one.
  const onError = (_event: IjmErrorEvent) => setStatus({ kind: 'failed' });
  return (
    <>
      <article>
        <p className="kicker">Built with React</p>
        <h1>The same widgets, from a React app</h1>
        <p className="lede">
          Malaysia was placed in <TierBadge tier="2WL" id="react-badge-2020" /> in 2020, and in{' '}
          <TierBadge country="MYS" year={year} id="react-badge-lookup" /> in {year}.
        </p>
        <p>
          <label>
            Report year{' '}
            <select id="react-year" value={year} onChange={(event) => setYear(Number(event.target.value))}>
              {[2019, 2020, 2021, 2022, 2023].map((option) => (
                <option key={option}>{option}</option>
              ))}
            </select>
          </label>
        </p>
      </article>

      <section className="stay-informed" aria-label="Stay informed">
        <NewsletterSignup
          id="react-newsletter"
          headingLevel={2}
          showNames
          endpoint={`${intakeUrl}/v1/submissions/newsletter-signup`}
          consentVersion="demo-2026-12"
          onIjmSubmit={(event) => {
            // Cancelable, and the only event with the data: the app reads it; the form sends it to the endpoint.
            const email = event.detail.data.email;
            setStatus({ kind: 'sending', email: typeof email === 'string' ? email : '' });
          }}
          onIjmSuccess={() => setStatus((last) => ({ kind: 'done', email: 'email' in last ? last.email : '' }))}
          onIjmError={onError}
        />
        <p id="react-status" role="status">
          {statusMessage(status)}
        </p>
      </section>

      <FollowLinks facebook="https://www.facebook.com/IJM" instagram="https://www.instagram.com/ijm/" />
    </>
  );
}

const container = document.getElementById('app');
if (container !== null) {
  // The server writes the intake service's address into the page (`data-intake`), as into the other pages' forms.
  const intakeUrl = (container.dataset.intake ?? '').replace(/\/$/, '');
  createRoot(container).render(
    <StrictMode>
      <App intakeUrl={intakeUrl} />
    </StrictMode>,
  );
}
