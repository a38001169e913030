import { describe, expect, it } from 'vitest';
import { widgetSnippet } from './widget-snippet.js';

describe('widgetSnippet', () => {
  it('puts the queue stub first, then the async script with the key, then an identify call', () => {
    const lines = widgetSnippet('https://feedback.example.com', 'wk_abc123').split('\n');
    expect(lines[0]).toBe(
      "<script>window.Resonance=window.Resonance||{q:[],identify:function(){this.q.push(['identify',arguments])},track:function(){this.q.push(['track',arguments])}}</script>",
    );
    expect(lines[1]).toBe(
      '<script async src="https://feedback.example.com/widget.js" data-key="wk_abc123"></script>',
    );
    expect(lines[2]).toContain("Resonance.identify({ externalId: '");
    expect(lines[2]).toContain('userHash: ');
  });

  it('cannot be broken out of its attributes', () => {
    expect(widgetSnippet('https://x.example', 'wk_"><img>')).toContain('data-key="wk_&quot;&gt;&lt;img&gt;"');
  });
});
