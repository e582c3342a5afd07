import { lstatSync, readdirSync, realpathSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { ContentIssue } from './issues';

/**
 * A path below the content (or public) folder. Those folders are known only when the code runs
 * (CONTENT_DIR), so the bundler must not guess them: from `path.join(directory, 'artikel')` Turbopack
 * would trace every `artikel` folder in the project – with 10,000 articles a warning about a pattern
 * matching 20,000 files, and a bloated trace. Pages are all prerendered: the server needs no copy of content/.
 */
export function contentPath(...segments: string[]): string {
  return path.join(/*turbopackIgnore: true*/ ...segments);
}

/** Where content lives and how its paths are shown to editors. */
export interface ContentPlace {
  /** The content directory (`content/`): no file may lead out of it. */
  root: string;
  /** A path as editors see it, relative to the project. */
  shown(file: string): string;
}

/**
 * The files with the given extension in a content folder, sorted by name; undefined when the folder
 * does not exist. Everything else is reported, never dropped silently: a symlink is an error (see
 * symlinkMessage), any other entry – a sub-folder, `notizen.txt`, `.DS_Store` – a warning that it is
 * ignored. Hidden files with the extension count as content and meet the file-name rule.
 */
export function listContentFolder(
  folder: string,
  { extension, ignoredHint }: { extension: string; ignoredHint: string },
  place: ContentPlace,
  issues: ContentIssue[],
): Dirent[] | undefined {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return undefined;
  }
  const files: Dirent[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const absolute = contentPath(folder, entry.name);
    const file = place.shown(absolute);
    if (entry.isSymbolicLink()) {
      issues.push({ file, severity: 'error', message: symlinkMessage(absolute, place) });
    } else if (!entry.isFile() || !entry.name.endsWith(extension)) {
      issues.push({ file, severity: 'warning', message: `wird ignoriert: ${ignoredHint}` });
    } else {
      files.push(entry);
    }
  }
  return files;
}

/** Whether a path is a symbolic link (false when it does not exist). */
export function isSymlink(absolute: string): boolean {
  try {
    return lstatSync(absolute).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Why a symlink in content/ is refused, with where it points. One leading out of content/ would
 * publish whatever it names (a password file, a key); one inside would put the same text under two
 * addresses. Content files are real files.
 */
export function symlinkMessage(absolute: string, place: ContentPlace): string {
  const rule = 'nicht erlaubt – Inhalte müssen als echte Dateien im Ordner liegen.';
  let target: string;
  try {
    target = realpathSync(absolute);
  } catch {
    return `Verknüpfung (Symlink) ins Leere: ${rule}`;
  }
  const root = realpathSync(place.root);
  if (target !== root && !target.startsWith(root + path.sep)) {
    return `Verknüpfung (Symlink) auf „${target}“ außerhalb von ${place.shown(place.root)}/: ${rule}`;
  }
  return `Verknüpfung (Symlink) auf „${place.shown(contentPath(place.root, path.relative(root, target)))}“: ${rule} (Sonst stünde derselbe Inhalt unter zwei Adressen.)`;
}
