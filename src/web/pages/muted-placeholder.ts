import type { CSSProperties } from 'react';

/**
 * Mantine paints a field's placeholder in the error colour once the field has an error, where
 * "Alex Example" in red reads like something typed. The red border and the message under the
 * field already mark it; the placeholder keeps its muted grey.
 */
export const MUTED_PLACEHOLDER: { input: CSSProperties } = {
  input: { '--input-placeholder-color': 'var(--mantine-color-placeholder)' } as CSSProperties,
};
