/**
 * Emoji and emoticons as customers use them in feedback, written for Resonance: the same weights in
 * German and English comments. Laughing faces are only mildly positive (they also laugh *at*
 * something); the snail is slowness.
 */
const EMOJI_WEIGHTS: Readonly<Record<string, number>> = {
  '😍': 0.8,
  '🥰': 0.8,
  '🤩': 0.8,
  '❤': 0.7,
  '💕': 0.7,
  '💖': 0.7,
  '💯': 0.7,
  '🥳': 0.7,
  '🏆': 0.6,
  '🥇': 0.6,
  '😀': 0.6,
  '😃': 0.6,
  '😄': 0.6,
  '😁': 0.6,
  '😊': 0.6,
  '👍': 0.6,
  '👌': 0.6,
  '👏': 0.6,
  '🙌': 0.6,
  '🎉': 0.6,
  '⭐': 0.5,
  '🌟': 0.5,
  '✨': 0.4,
  '😎': 0.5,
  '🤗': 0.5,
  '😇': 0.5,
  '💪': 0.5,
  '✅': 0.4,
  '🙂': 0.4,
  '🔥': 0.5,
  '🚀': 0.5,
  '🤘': 0.5,
  '☺': 0.5,
  '🙏': 0.4,
  '😉': 0.3,
  '😂': 0.2,
  '🤣': 0.2,
  '😅': 0.1,
  '😐': -0.1,
  // The upside-down face and the smirk mark irony: "Danke @Anbieter 🙃"
  '🙃': -0.5,
  '😏': -0.3,
  '😑': -0.2,
  '😬': -0.3,
  '😴': -0.3,
  '⚠': -0.2,
  '🐌': -0.4,
  '😕': -0.4,
  '🙁': -0.4,
  '☹': -0.5,
  '😟': -0.4,
  '😒': -0.5,
  '🙄': -0.5,
  '😞': -0.5,
  '😔': -0.5,
  '😢': -0.5,
  '😣': -0.5,
  '😖': -0.5,
  '😩': -0.6,
  '😫': -0.6,
  '😭': -0.6,
  '😱': -0.5,
  '😨': -0.4,
  '😰': -0.4,
  '❌': -0.4,
  '🤦': -0.5,
  '🤡': -0.5,
  '💔': -0.6,
  '👎': -0.6,
  '😤': -0.6,
  '😠': -0.7,
  '😡': -0.8,
  '🤬': -0.9,
  '🤮': -0.8,
  '🤢': -0.7,
  '💩': -0.8,
  '🖕': -0.9,
  ':)': 0.5,
  ':-)': 0.5,
  '=)': 0.5,
  ':]': 0.5,
  ':D': 0.6,
  ':-D': 0.6,
  ';)': 0.3,
  ';-)': 0.3,
  ':P': 0.2,
  ':p': 0.2,
  '<3': 0.6,
  ':(': -0.5,
  ':-(': -0.5,
  ":'(": -0.6,
  ':[': -0.5,
  ':/': -0.3,
  ':-/': -0.3,
  ':\\': -0.3,
  ':|': -0.1,
  ':-|': -0.1,
};

// Skin tones, variation selectors and joined parts do not change what a face or hand says.
const DECORATION = /[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D.*$/gu;

/** The weight of an emoji or emoticon token, or undefined when it carries none we know of. */
export function emojiWeight(token: string): number | undefined {
  const direct = EMOJI_WEIGHTS[token];
  if (direct !== undefined) return direct;
  const base = token.replace(DECORATION, '');
  if (base !== token) return EMOJI_WEIGHTS[base];
  if (/^<3+$/.test(token)) return EMOJI_WEIGHTS['<3'];
  // Repeated mouths: ":)))", ":(((("
  const squeezed = token.replace(/(.)\1+$/u, '$1');
  return squeezed !== token ? EMOJI_WEIGHTS[squeezed] : undefined;
}
