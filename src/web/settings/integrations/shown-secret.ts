/** A signing secret the server just handed out, with whose it is and, after a rotation, the overlap's end. */
export interface ShownSecret {
  kind: 'created' | 'rotated';
  url: string;
  secret: string;
  previousSecretRetiresAt: string | null;
}
