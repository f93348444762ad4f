import { toJson, type JsonObject } from '../store/gson.ts';

const encoder = new TextEncoder();

/** Transport-level answers (400/404/405/500) are plain text. */
export function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain;charset=UTF-8' } });
}

/**
 * The REST server sets only the charset, never a JSON Content-Type (unconfirmed what Tomcat then sends);
 * a byte body keeps fetch from adding text/plain, so JSON answers carry no Content-Type at all.
 */
export function json(status: number, body: JsonObject, htmlEscape: boolean): Response {
  return new Response(encoder.encode(toJson(body, htmlEscape)), { status });
}

export type Body =
  { ok: true; value: Record<string, unknown> | undefined } | { ok: false; response: Response };

/** Gson into a LinkedHashMap: empty → no map; malformed → the exception text as a 500. */
export async function readBody(request: Request): Promise<Body> {
  const raw = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
  if (raw.trim() === '') return { ok: true, value: undefined };
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed === null) return { ok: true, value: undefined };
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
      return {
        ok: false,
        response: text(
          500,
          'com.google.gson.JsonSyntaxException: java.lang.IllegalStateException: Expected BEGIN_OBJECT',
        ),
      };
    }
    return { ok: true, value: { ...parsed } };
  } catch (e) {
    return {
      ok: false,
      response: text(
        500,
        `com.google.gson.JsonSyntaxException: ${e instanceof Error ? e.message : String(e)}`,
      ),
    };
  }
}

export const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v } : undefined;
