import type { Browser } from 'playwright-core';

export declare const chromiumPath: string;
export declare const chromiumArgs: string[];
export declare function launchChromium(): Promise<Browser>;
export declare function serveStatic(
  mounts: Record<string, string>,
  options?: { headers?: Record<string, string>; port?: number | undefined; html?: (text: string) => string },
): Promise<{ url: string; close: () => Promise<void> }>;
