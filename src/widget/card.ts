import type { Post, WidgetSurvey } from './api.js';
import { el } from './el.js';
import { WIDGET_CSS } from './styles.js';
import { widgetTexts } from './texts.js';

const THANKS_VISIBLE_MS = 5000;

/** Someone typing on the host page keeps their focus; everyone else is taken to the question. */
const isTyping = (node: Element | null) =>
  !!node && (/^(INPUT|TEXTAREA|SELECT)$/.test(node.tagName) || (node as HTMLElement).isContentEditable);

/**
 * Shows one survey as a card in a shadow root: the score as a radio group (arrow keys move,
 * Enter, Space or a click answers), then the "why?" worded for the score, then thanks. The
 * score is recorded the moment it is chosen, so a visitor who closes before the comment still
 * counts; the comment goes to the same invitation and updates that one response.
 */
export function showCard(survey: WidgetSurvey, post: Post): void {
  const t = widgetTexts(survey.language);
  const { score, why, colors } = survey;
  const host = el('resonance-widget' as 'div');
  const root = host.attachShadow({ mode: 'open' });
  const card = el('div', { class: 'c', role: 'dialog', 'aria-labelledby': 'q', lang: survey.language });
  card.style.cssText = `--b:${colors.brand};--o:${colors.onBrand};--i:${colors.ink}`;
  const close = el('button', { class: 'x', type: 'button', 'aria-label': t.close }, '×');
  const body = el('div');
  const status = el('p', { class: 't', role: 'status' });
  const style = el('style');
  style.textContent = WIDGET_CSS;
  card.append(close, body, status);
  root.append(style, card);

  const previous = document.activeElement as HTMLElement | null;
  let timer = 0;
  const dismiss = () => {
    clearTimeout(timer);
    const hadFocus = root.activeElement !== null;
    host.remove();
    if (hadFocus && previous?.isConnected) previous.focus();
  };
  close.onclick = dismiss;
  card.onkeydown = (e) => {
    if (e.key === 'Escape') dismiss();
  };
  const answer = (answers: Record<string, number | string>, next: () => void) =>
    post('answer', { token: survey.token, answers }).then(next, () => {
      status.textContent = t.failed;
    });
  const thanks = () => {
    body.replaceChildren();
    status.id = 'q';
    status.className = 'q';
    status.textContent = t.thanks;
    close.focus();
    timer = window.setTimeout(dismiss, THANKS_VISIBLE_MS);
  };

  const askWhy = (value: number) => {
    if (!why) return thanks();
    // Detractor, passive, promoter on the NPS scale; other scales have one prompt.
    const prompt = why.prompts[score.type === 'nps' ? (value >= 9 ? 2 : value >= 7 ? 1 : 0) : 0];
    const box = el('textarea', { id: 'w', maxlength: String(why.maxLength) });
    const send = el('button', { class: 'n', type: 'button' }, t.send);
    send.onclick = () => {
      const text = box.value.trim();
      if (text) answer({ [why.id]: text }, thanks);
      else thanks();
    };
    status.textContent = '';
    body.replaceChildren(el('label', { id: 'q', class: 'q', for: 'w' }, prompt), box, send);
    box.focus();
  };

  const prompt = el('p', { id: 'q', class: 'q' }, score.prompt);
  const group = el('div', {
    class: 's',
    role: 'radiogroup',
    'aria-labelledby': 'q',
    'aria-describedby': 'e',
  });
  const radios: HTMLButtonElement[] = [];
  const check = (index: number) => {
    radios.forEach((radio, i) => {
      radio.setAttribute('aria-checked', String(i === index));
      radio.tabIndex = i === index ? 0 : -1;
    });
    radios[index]?.focus();
  };
  for (let value = score.min; value <= score.max; value++) {
    const radio = el(
      'button',
      { type: 'button', role: 'radio', 'aria-checked': 'false', tabindex: value === score.min ? '0' : '-1' },
      String(value),
    );
    radio.onclick = () => {
      check(value - score.min);
      answer({ [score.id]: value }, () => askWhy(value));
    };
    radios.push(radio);
  }
  group.append(...radios);
  group.onkeydown = (e) => {
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    const at = radios.indexOf(root.activeElement as HTMLButtonElement);
    const n = radios.length;
    const to =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? n - 1
          : step[e.key] !== undefined
            ? (at + (step[e.key] as number) + n) % n
            : -1;
    if (to < 0) return;
    e.preventDefault();
    check(to);
  };
  const ends = el('div', { class: 'e', id: 'e' });
  ends.append(el('span', {}, score.low), el('span', {}, score.high));
  body.append(prompt, group, ends);

  document.body.append(host);
  if (!isTyping(previous)) radios[0]?.focus();
}
