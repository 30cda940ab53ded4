import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail as the test server received and parsed it. */
export interface ReceivedMail {
  /** SMTP envelope: who the server was told it is from and to. */
  envelopeFrom: string;
  envelopeTo: string[];
  /** Headers as a reader sees them. */
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | undefined;
  headers: ParsedMail['headers'];
  /** The user the client logged in as, when it did. */
  authUser: string | undefined;
  attachments: { filename: string | undefined; contentType: string; content: Buffer }[];
}

export interface WaitOptions {
  /** A guard against a hang, not a synchronisation point: waits end on arrival. */
  timeoutMs?: number;
}

export interface SmtpTestServer {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  readonly url: string;
  /** Every mail accepted so far, in order of arrival. */
  readonly messages: readonly ReceivedMail[];
  /** Resolves with the matching mails once at least `count` of them have arrived. */
  waitForMessages(count: number, filter?: (mail: ReceivedMail) => boolean, options?: WaitOptions): Promise<ReceivedMail[]>;
  /** Refuses the next `count` mails with a temporary error (451), as a mail server that is away. */
  refuseNext(count: number): void;
  /** How many mails were refused so far. */
  readonly refused: number;
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * A real SMTP server in the test process, on a free loopback port, that keeps what it receives
 * parsed by mailparser. Plain SMTP without STARTTLS; any login is accepted and remembered.
 */
export async function startSmtpServer(): Promise<SmtpTestServer> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let toRefuse = 0;
  let refused = 0;

  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    // Loopback only: a login over plain SMTP is fine here, and lets a test check SMTP_URL's credentials.
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      if (toRefuse > 0) {
        toRefuse -= 1;
        refused += 1;
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Försök igen senare'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
            from: parsed.from?.text ?? '',
            to: addresses(parsed.to),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : undefined,
            headers: parsed.headers,
            authUser: typeof session.user === 'string' ? session.user : undefined,
            attachments: parsed.attachments.map((a) => ({
              filename: a.filename,
              contentType: a.contentType,
              content: a.content,
            })),
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    get refused() {
      return refused;
    },
    refuseNext(count: number) {
      toRefuse = count;
    },
    waitForMessages(count, filter = () => true, options = {}) {
      const matching = () => messages.filter(filter);
      if (matching().length >= count) return Promise.resolve(matching());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`waited for ${count} mail(s), got ${matching().length}: ${JSON.stringify(messages.map((m) => m.subject))}`),
          );
        }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
        const check = () => {
          if (matching().length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(matching());
        };
        waiters.add(check);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return list.flatMap((entry) => entry.value.map((address) => address.address ?? ''));
}
