import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredUpload {
  bytes: Buffer;
  receipt: { receiptId: string; sha256: string; bytes: number };
}

export interface TestReceiver {
  /** `http://127.0.0.1:<port>/submissions` */
  url: string;
  port: number;
  /** What arrived whole, by Idempotency-Key. */
  uploads: Map<string, StoredUpload>;
  /** Every request line it saw, in order (`HEAD /submissions`, `POST /submissions`). */
  requests: string[];
  /** The next upload has its connection destroyed once this many body bytes have been read. */
  cutNextUploadAfter(bytes: number): void;
  /** The next upload is stored, but its connection is destroyed instead of answered (a lost receipt). */
  dropNextReply(): void;
  /** Every upload from now on is answered with this status and stored nowhere; null: back to normal. */
  answerUploadsWith(status: number | null): void;
  close(): Promise<void>;
}

/**
 * A submission receiver for tests (unit and e2e): a real HTTP server on 127.0.0.1 that stores each
 * package under its Idempotency-Key, checks the bytes hash to that key, and answers a package it already
 * has with the receipt it gave the first time. Not part of the app.
 */
export function startTestReceiver(port = 0): Promise<TestReceiver> {
  const uploads = new Map<string, StoredUpload>();
  const requests: string[] = [];
  let cutAfter: number | null = null;
  let dropReply = false;
  let forcedStatus: number | null = null;

  const receive = (req: IncomingMessage, res: ServerResponse) => {
    const key = String(req.headers['idempotency-key'] ?? '');
    const chunks: Buffer[] = [];
    let read = 0;
    const cut = cutAfter;
    cutAfter = null;
    req.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      read += chunk.length;
      if (cut !== null && read >= cut) req.socket.destroy();
    });
    req.on('end', () => {
      if (forcedStatus !== null) return json(res, forcedStatus, { error: 'forced' });
      if (req.headers['content-type'] !== 'application/zip') return json(res, 415, { error: 'not_a_zip' });
      const bytes = Buffer.concat(chunks);
      const known = uploads.get(key);
      if (known) return json(res, 200, known.receipt);
      if (createHash('sha256').update(bytes).digest('hex') !== key) return json(res, 422, { error: 'hash_mismatch' });
      const receipt = { receiptId: `R-${uploads.size + 1}`, sha256: key, bytes: bytes.length };
      uploads.set(key, { bytes, receipt });
      if (dropReply) {
        dropReply = false;
        return req.socket.destroy();
      }
      json(res, 201, receipt);
    });
  };

  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (req.method === 'POST') receive(req, res);
    else res.writeHead(204).end();
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${bound}/submissions`,
        port: bound,
        uploads,
        requests,
        cutNextUploadAfter: (bytes) => (cutAfter = bytes),
        dropNextReply: () => (dropReply = true),
        answerUploadsWith: (status) => (forcedStatus = status),
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}
