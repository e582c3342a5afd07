import { ressorts } from '../ressorts';

/** Placeholders in the new-article template look like `[[…]]`; a published article must not keep one. */
export const templatePlaceholder = /\[\[[^\]]*\]\]/;

/**
 * The file a new article starts from. It passes the content check as it is (a draft with every
 * field explained), and the check refuses to publish it while a `[[…]]` placeholder is left.
 */
export function articleTemplate({
  title,
  date,
  tag,
  author,
}: {
  title: string;
  date: string;
  tag: string;
  author: string;
}): string {
  return `---
# Überschrift, höchstens 110 Zeichen
title: ${JSON.stringify(title)}
# Dachzeile über der Überschrift, höchstens 40 Zeichen (Zeile darf gelöscht werden)
kicker: "[[Dachzeile]]"
# Vorspann: 80 bis 320 Zeichen – wer, was, wann, in eigenen Worten
teaser: "[[Vorspann: zwei bis drei Sätze, die die Nachricht zusammenfassen – wer, was, wann, in eigenen Worten.]]"
# Erscheinungsdatum (Berliner Zeit); mit Uhrzeit z. B. ${date}T09:30:00+01:00
date: ${date}
# Name aus content/autoren.yaml, genau so geschrieben (neue Autorinnen und Autoren dort eintragen)
author: ${JSON.stringify(author)}
# eines von: ${ressorts.map((ressort) => ressort.slug).join(', ')}
ressort: ${ressorts[0].slug}
# nachricht, analyse, hintergrund oder kommentar
type: nachricht
# Themen aus content/themen.yaml, genau so geschrieben
tags:
  - ${JSON.stringify(tag)}
# Jede Zahl braucht eine Quelle: das Medium und die Adresse seines Berichts; beruft sich der Bericht
# auf ein anderes Medium (36Kr, Weibo …), steht es unter cites
sources:
  - name: "[[Medium, z. B. IT BOLTWISE]]"
    # url: "https://… (die Adresse des Berichts)"
    # cites: "36Kr"
# Entwurf: erscheint erst auf der Website, wenn diese Zeile gelöscht ist
draft: true
---

[[Der erste Absatz trägt die Nachricht: Wer hat was wann getan, und warum ist es wichtig?]]

## [[Zwischenüberschrift]]

[[Einordnung und Hintergrund. Jede Zahl, jedes Datum und jedes Zitat steht in einer der Quellen oben.]]
`;
}
