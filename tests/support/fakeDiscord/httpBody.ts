/** Reading REST request bodies: JSON, or multipart/form-data with a `payload_json` part and files. */
import type { IncomingMessage } from 'node:http';
import type { RecordedFile } from './types.js';

export interface ParsedBody {
  /** Parsed JSON (or `payload_json`); null when there is no body; the raw text when it is not valid JSON. */
  body: unknown;
  files: RecordedFile[];
}

export async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Parses a body by its content type. Multipart is decoded with the WHATWG `Request.formData()` of Node. */
export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
  if (raw.length === 0) return { body: null, files: [] };
  if (contentType?.toLowerCase().startsWith('multipart/form-data')) {
    const form = await new Request('http://fake.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: raw,
    }).formData();
    let body: unknown = null;
    const fields: Record<string, string> = {};
    const files: RecordedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = parseJson(value);
        else fields[field] = value;
      } else {
        files.push({
          field,
          filename: value.name,
          contentType: value.type,
          size: value.size,
          data: Buffer.from(await value.arrayBuffer()),
        });
      }
    }
    // Some routes send plain form fields instead of payload_json (discord.js "appendToFormData").
    if (body === null && Object.keys(fields).length > 0) body = fields;
    return { body, files };
  }
  return { body: parseJson(raw.toString('utf8')), files: [] };
}
