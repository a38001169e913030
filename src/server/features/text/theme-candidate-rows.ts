import {
  discoverThemes,
  embeddingVectors,
  type DiscoveryOptions,
  type Embedder,
} from '../../../domain/text/discover-themes.js';
import type { CandidateRow, DiscoverableComment } from './theme-candidates.repo.js';

/** An example is shown whole up to this length; the list stays small however long a comment is. */
const EXAMPLE_CHARS = 500;

/**
 * Groups comments with the domain's discovery and turns its candidates into rows: member item
 * ids, examples with their text (cut), the run's id and time.
 */
export async function discoverCandidateRows(
  comments: readonly DiscoverableComment[],
  run: { id: string; at: Date },
  options: Partial<DiscoveryOptions> = {},
  embedder?: Embedder | null,
): Promise<{ rows: CandidateRow[]; unclustered: number }> {
  // With the operator's word vectors, comments are grouped by meaning ("Katze" beside "cat").
  const embedded = embedder
    ? {
        embeddings: embeddingVectors(await embedder.embed(comments.map((c) => c.text))),
        embeddingDimension: embedder.dimension,
      }
    : {};
  const discovery = discoverThemes(
    comments.map((c) => ({
      text: c.text,
      language: c.language === 'de' || c.language === 'en' ? c.language : null,
    })),
    { ...options, ...embedded },
  );
  const members = new Map<string, string[]>();
  discovery.assignments.forEach((id, i) => {
    if (id === null) return;
    members.set(id, [...(members.get(id) ?? []), (comments[i] as DiscoverableComment).id]);
  });
  const rows = discovery.candidates.map(
    (c): CandidateRow => ({
      id: c.id,
      name: null,
      terms: [...c.terms],
      examples: c.examples.map((i) => {
        const comment = comments[i] as DiscoverableComment;
        return { itemId: comment.id, text: Array.from(comment.text).slice(0, EXAMPLE_CHARS).join('') };
      }),
      itemIds: members.get(c.id) ?? [],
      size: c.size,
      status: 'candidate',
      runId: run.id,
      runAt: run.at,
      themeId: null,
    }),
  );
  return { rows, unclustered: discovery.unclustered };
}
