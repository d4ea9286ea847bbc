import { createServer } from 'node:net';

/** A TCP port on 127.0.0.1 that nothing listens on now: the OS picks one, the probe closes, the caller takes it. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
