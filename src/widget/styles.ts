/**
 * The card's styles, inside the shadow root so host styles cannot reach them. `:host` declares
 * `all: initial !important`: the host element itself sits in the page, and an important
 * declaration from inside the shadow tree wins over the page's own `!important` rules, so even
 * `* { all: unset !important }` or `div { display: none !important }` on the host page cannot
 * hide or restyle the widget. Colours come from the server's brand palette (AA contrast).
 */
export const WIDGET_CSS = `
:host{all:initial!important;display:block!important}
*{box-sizing:border-box;margin:0;font:inherit;color:inherit}
.c{position:fixed;right:16px;bottom:16px;z-index:2147483647;width:380px;max-width:calc(100vw - 32px);padding:16px;background:#fff;color:#1d1d22;border:1px solid #c9c9d1;border-radius:12px;box-shadow:0 8px 28px rgba(0,0,0,.22);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:left}
.q{display:block;margin:0 28px 12px 0;font-weight:600}
.s{display:grid;grid-auto-flow:column;grid-auto-columns:1fr;gap:3px}
button,textarea{border:1px solid #6b6b76;border-radius:6px;background:#fff;cursor:pointer}
.s button{min-height:38px;padding:0;font-weight:600}
.s button:hover{border-color:var(--i)}
.s [aria-checked=true],.n{background:var(--b);color:var(--o);border-color:var(--b)}
.n{margin-top:8px;padding:8px 18px;font-weight:600}
.e{display:flex;justify-content:space-between;gap:12px;margin-top:6px;font-size:13px;color:#4a4a55}
.x{position:absolute;top:8px;right:8px;width:32px;height:32px;border:0;font-size:22px;line-height:1}
textarea{display:block;width:100%;min-height:84px;padding:8px;cursor:text;resize:vertical}
:focus-visible{outline:3px solid var(--i);outline-offset:2px}
.t{margin-top:8px;font-size:13px}
.t:empty{display:none}
@media (max-width:480px){.c{left:0;right:0;bottom:0;width:auto;max-width:none;border-radius:12px 12px 0 0}}
@media (prefers-reduced-motion:no-preference){.c{animation:r .25s ease-out}}
@keyframes r{from{opacity:0;transform:translateY(16px)}}
`;
