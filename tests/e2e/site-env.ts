/**
 * The repository the site's own test builds link to ("Fehler melden", "Auf GitHub bearbeiten"), set
 * explicitly so the links exist and are predictable locally and in GitHub Actions alike.
 */
export const testRepositoryUrl = 'https://github.com/beispiel/xiaomi-im-blick';
