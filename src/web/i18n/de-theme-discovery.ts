import type { enThemeDiscovery } from './en-theme-discovery.js';

/** Deutsche Texte der Themenvorschläge und eigenen Themen auf der Themenseite. Teil von `de.ts`. */
export const deThemeDiscovery: typeof enThemeDiscovery = {
  candidates: {
    title: 'Themenvorschläge',
    subtitle:
      'Kommentare dieses Zeitraums, die zu keinem Thema passten, nach gemeinsamen Wörtern gruppiert – auf diesem Server. Benennen, zusammenführen, teilen oder verwerfen Sie die Gruppen; übernehmen Sie eine als eigenes Thema.',
    discover: 'Themenvorschläge finden',
    discovering: 'Kommentare werden gruppiert …',
    result: '{{grouped}} Kommentare ohne Thema gruppiert; {{unclustered}} passen in keine Gruppe.',
    emptyTitle: 'Noch keine Themenvorschläge',
    emptyText:
      'Lassen Sie Themenvorschläge finden, um die Kommentare dieses Zeitraums zu gruppieren, die zu keinem Thema passten. Jede Gruppe zeigt ihre kennzeichnenden Wörter und Beispielkommentare.',
    size_one: '{{count}} Kommentar',
    size_other: '{{count}} Kommentare',
    terms: 'Kennzeichnende Wörter',
    examples: 'Beispielkommentare',
    select: '{{name}} zum Zusammenführen auswählen',
    merge: '{{count}} ausgewählte zusammenführen',
    rename: 'Umbenennen',
    split: 'In zwei teilen',
    dismiss: 'Verwerfen',
    promote: 'Als Thema übernehmen',
    renameTitle: 'Themenvorschlag umbenennen',
    name: 'Name',
    save: 'Speichern',
    cancel: 'Abbrechen',
  },
  promote: {
    title: '„{{name}}“ als Thema übernehmen',
    text: 'Kommentare, die einen der Begriffe enthalten, erhalten das Thema – auch die bereits gespeicherten, die dazu jetzt neu gelesen werden.',
    nameEn: 'Name auf Englisch',
    nameDe: 'Name auf Deutsch',
    termsDe: 'Deutsche Begriffe',
    termsEn: 'Englische Begriffe',
    termsHint:
      'Wörter oder kurze Wendungen, durch Kommas getrennt. Ein deutsches Wort wird auch in Komposita gefunden.',
    submit: 'Thema anlegen',
  },
  own: {
    title: 'Ihre eigenen Themen',
    subtitle:
      'Themen, die Ihre Organisation aus Vorschlägen angelegt hat. Sie werden neben den eingebauten Themen gezählt; eine Änderung liest die gespeicherten Kommentare neu.',
    none: 'Noch keine eigenen Themen. Übernehmen Sie einen Themenvorschlag, um eines anzulegen.',
    terms: 'Begriffe: {{terms}}',
    rename: 'Umbenennen',
    delete: 'Löschen',
    renameTitle: 'Thema umbenennen',
    deleteTitle: '„{{name}}“ löschen?',
    deleteText:
      'Kommentare verlieren dieses Thema, sobald sie neu gelesen sind. Sein Vorschlag wird wieder angeboten.',
    confirmDelete: 'Thema löschen',
    replaying: 'Gespeicherte Kommentare werden neu gelesen: {{done}} von {{total}}',
    replayDone: 'Alle gespeicherten Kommentare sind mit den aktuellen Themen gelesen.',
  },
};
