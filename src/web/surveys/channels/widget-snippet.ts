/**
 * The code a customer pastes into their app: the queue stub first (so `identify` and `track`
 * calls made before the script loads are kept), then the async script with the organization's
 * public widget key, then an example identify call with the user hash the host's server computes. Same text as `src/widget/main.ts` documents.
 */
export function widgetSnippet(origin: string, widgetKey: string): string {
  const stub =
    "<script>window.Resonance=window.Resonance||{q:[],identify:function(){this.q.push(['identify',arguments])},track:function(){this.q.push(['track',arguments])}}</script>";
  const loader = `<script async src="${escapeAttribute(origin)}/widget.js" data-key="${escapeAttribute(widgetKey)}"></script>`;
  // userHash comes from the host's server (HMAC-SHA256 of the id under the widget secret); without it identified answers are refused.
  const identify =
    "<script>Resonance.identify({ externalId: 'CUSTOMER-ID', userHash: 'HASH-FROM-YOUR-SERVER' });</script>";
  return [stub, loader, identify].join('\n');
}

function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}
