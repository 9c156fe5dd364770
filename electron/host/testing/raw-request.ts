import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * An HTTP request sent exactly as written. `fetch` cannot do this: it normalises `..` out of paths and
 * will not send a forged `Host` header, which is precisely what an attacker's client would do.
 */
export function rawRequest(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/**
 * Streams an endless chunked body the way a well-behaved client does (waiting whenever the connection
 * pushes back) until the server answers or hangs up, and reports how much the server let through.
 */
export function streamBodyUntilAnswered(
  port: number,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number | undefined; bytesSent: number }> {
  return new Promise((resolve) => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let bytesSent = 0;
    let answered = false;
    const req = request({ host: '127.0.0.1', port, method: 'POST', path, headers, agent: false }, (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode, bytesSent });
      req.destroy();
    });
    // A reset instead of an answer still tells how far the server read.
    req.on('error', () => resolve({ status: undefined, bytesSent }));
    const pump = (): void => {
      while (!answered) {
        bytesSent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
    };
    pump();
  });
}
