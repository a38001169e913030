import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Logger } from '../../logger.js';
import type { CaseDeps } from '../cases/change-case.js';
import { findCaseById } from '../cases/customer-case.repo.js';
import { fileInboundMail } from './file-inbound-mail.service.js';
import { caseIdFromReplyAddress } from './reply-address.js';

/** Larger mail is refused (552): a reply with a photo or two fits, a mailbox dump does not. */
export const INBOUND_MAX_BYTES = 1024 * 1024;

export interface InboundReceiver {
  /** The port it listens on (the configured one, or the one picked for 0). */
  port: number;
  close(): Promise<void>;
}

export interface InboundReceiverOptions {
  port: number;
  host: string;
  /** The reply addresses' domain: only `case+<token>@<domain>` is accepted. */
  domain: string;
}

const smtpError = (responseCode: number, message: string) =>
  Object.assign(new Error(message), { responseCode });

/** Message-IDs from In-Reply-To and References, each once, oldest first. */
function threadIds(mail: ParsedMail): string[] {
  const refs = typeof mail.references === 'string' ? [mail.references] : (mail.references ?? []);
  const ids = [...refs, ...(mail.inReplyTo ? mail.inReplyTo.split(/\s+/) : [])].filter((id) => id !== '');
  return [...new Set(ids)].slice(-20);
}

function firstAddress(from: AddressObject | undefined): string | null {
  return from?.value[0]?.address ?? null;
}

/** The mail's bytes up to the limit; beyond it the stream is drained and `sizeExceeded` set by smtp-server. */
async function readBounded(stream: SMTPServerDataStream): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= INBOUND_MAX_BYTES) chunks.push(chunk);
  }
  return stream.sizeExceeded || size > INBOUND_MAX_BYTES ? null : Buffer.concat(chunks);
}

/**
 * The built-in SMTP receiver for customers' replies (issue 14, off unless INBOUND_SMTP_PORT is
 * set; the worker role runs it). It accepts a recipient only when it is a case's reply address
 * with a valid token (550 otherwise, before any data is sent), reads at most 1 MB, parses the
 * mail and files it into the case (`fileInboundMail`). Plain SMTP without TLS or AUTH: it is
 * meant to sit behind the operator's MX or relay, and the token in the address is the credential.
 */
export async function startInboundMailReceiver(
  deps: CaseDeps & { logger: Logger },
  opts: InboundReceiverOptions,
): Promise<InboundReceiver> {
  const secret = deps.config.authSecret;
  const caseOf = (session: SMTPServerSession): string | null => {
    for (const rcpt of session.envelope.rcptTo) {
      const id = caseIdFromReplyAddress(rcpt.address, opts.domain, secret);
      if (id) return id;
    }
    return null;
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: INBOUND_MAX_BYTES,
    maxClients: 50,
    logger: false,
    banner: 'Resonance case replies',
    onRcptTo(address, _session, callback) {
      const id = caseIdFromReplyAddress(address.address, opts.domain, secret);
      if (!id) return callback(smtpError(550, 'No such recipient'));
      findCaseById(deps.db, id).then(
        (c) => callback(c ? null : smtpError(550, 'No such recipient')),
        (err: unknown) => {
          deps.logger.warn({ err }, 'inbound mail: recipient lookup failed');
          callback(smtpError(451, 'Try again later'));
        },
      );
    },
    onData(stream, session, callback) {
      const run = async () => {
        const raw = await readBounded(stream);
        if (!raw) throw smtpError(552, 'Message exceeds the fixed maximum message size');
        const caseId = caseOf(session);
        if (!caseId) throw smtpError(550, 'No such recipient');
        const mail = await simpleParser(raw);
        const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : null;
        const outcome = await fileInboundMail(deps, {
          caseId,
          from: firstAddress(mail.from) ?? (envelopeFrom || null),
          messageId: mail.messageId ?? null,
          threadIds: threadIds(mail),
          text: mail.text ?? '',
        });
        if (outcome.kind === 'empty') throw smtpError(550, 'The message has no text of its own');
        if (outcome.kind === 'unknown-case') throw smtpError(550, 'No such recipient');
        if (outcome.kind === 'limited')
          throw smtpError(451, 'Too many messages on this case; try again later');
      };
      run().then(
        () => callback(),
        (err: unknown) => {
          if (err instanceof Error && 'responseCode' in err) return callback(err);
          deps.logger.error({ err }, 'inbound mail: filing failed');
          callback(smtpError(451, 'Try again later'));
        },
      );
    },
  });
  server.on('error', (err) => deps.logger.warn({ err }, 'inbound mail: connection error'));
  await new Promise<void>((resolve, reject) => {
    const net = server.listen(opts.port, opts.host, () => resolve());
    net.once('error', reject);
  });
  const { port } = server.server.address() as AddressInfo;
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
