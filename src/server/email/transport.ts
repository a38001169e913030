import nodemailer from 'nodemailer';

export interface TransportMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
  headers?: Record<string, string> | undefined;
}

/** The one seam between Resonance and SMTP; tests point it at a real SMTP peer on loopback. */
export interface MailTransport {
  send(mail: TransportMail): Promise<{ messageId: string }>;
  close(): void;
}

export function createSmtpTransport(smtpUrl: string): MailTransport {
  // Pooled: a send to thousands reuses a few connections instead of a TCP+SMTP handshake per mail.
  // Query parameters of the URL (e.g. ?pool=false) still win over these defaults.
  const transporter = nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 5 });
  return {
    async send(mail) {
      const info = await transporter.sendMail(mail);
      return { messageId: info.messageId };
    },
    close: () => transporter.close(),
  };
}
