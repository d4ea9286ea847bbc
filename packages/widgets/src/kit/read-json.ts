/**
 * The most of an answer's body that is read. A receipt, a 422 with the contract's 100 errors or a campaign's progress is
 * a few KiB; anything larger is not what was asked for, and reading and parsing it would block the page.
 */
export const MAX_ANSWER_BYTES = 64 * 1024;

/** An answer's body as JSON, or `undefined` when it is not JSON or larger than `MAX_ANSWER_BYTES` (unread past that). */
export async function readJson(response: Response): Promise<unknown> {
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > MAX_ANSWER_BYTES || response.body === null) {
    await response.body?.cancel().catch(() => {});
    return undefined;
  }
  const reader = response.body.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_ANSWER_BYTES) {
        await reader.cancel();
        return undefined;
      }
      chunks.push(value);
    }
    return JSON.parse(await new Blob(chunks).text());
  } catch {
    return undefined;
  }
}
