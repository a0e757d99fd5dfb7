import type { Migration } from '../migration'

/**
 * Characters searched one by one (CJK, kana, hangul, Thai): scripts written without spaces, where
 * one or two characters are a word. Must match GRAM_SCRIPT in catalog/name-grams.ts.
 */
const gramChar = (at: string) => `(unicode(substr(new.name, ${at}, 1)) >= 11904 OR unicode(substr(new.name, ${at}, 1)) BETWEEN 3584 AND 3711)`

const insertGrams = `INSERT OR IGNORE INTO product_name_grams (gram, product_id)
      SELECT lower(substr(new.name, n, 1)), new.id FROM name_positions WHERE n <= length(new.name) AND ${gramChar('n')}
      UNION SELECT lower(substr(new.name, n, 2)), new.id FROM name_positions WHERE n < length(new.name) AND ${gramChar('n')} AND ${gramChar('n + 1')};`

/**
 * The catalog as shops bring it in and find it:
 * - variants.cost: what a variant costs the shop (minor units, NULL when unknown), for margins.
 * - variants.barcode_key: the barcode as scanners compare it. An 8, 12, 13 or 14 digit code is a
 *   GTIN, zero-padded to 14 digits (UPC-A 036000291452 and EAN-13 0036000291452 are one code);
 *   anything else is folded to lower case. Computed, so every writer (import, sync, bench) keeps it.
 *   Not unique: an old catalog may hold two forms of one code; their keys are kept in
 *   barcode_collisions to be reported, never merged, and the app refuses any new one
 *   (catalog-rules.ts).
 * - products_trigram: any three or more characters of a name, in any script (FTS5 trigram).
 * - product_name_grams: each single character and pair of a name's CJK/Thai characters, for the
 *   one- and two-character infix searches the trigram index cannot answer (茶 in 乌龙茶).
 * - csv_import_mappings: the column mapping a shopkeeper saved, per set of headers (JSON array of
 *   field names or null, one per column).
 */
export const m0011CatalogImport: Migration = {
  id: 11,
  name: 'catalog_import',
  statements: [
    `ALTER TABLE variants ADD COLUMN cost INTEGER CHECK (cost IS NULL OR cost >= 0)`,
    `ALTER TABLE variants ADD COLUMN barcode_key TEXT GENERATED ALWAYS AS (
      CASE
        WHEN barcode IS NULL THEN NULL
        WHEN length(barcode) IN (8, 12, 13, 14) AND barcode NOT GLOB '*[^0-9]*' THEN substr('000000' || barcode, -14)
        ELSE lower(barcode)
      END) VIRTUAL`,
    `CREATE INDEX variants_barcode_key ON variants (barcode_key) WHERE barcode_key IS NOT NULL`,
    `CREATE TABLE barcode_collisions (barcode_key TEXT PRIMARY KEY) STRICT, WITHOUT ROWID`,
    `INSERT INTO barcode_collisions (barcode_key)
      SELECT barcode_key FROM variants WHERE barcode_key IS NOT NULL GROUP BY barcode_key HAVING count(*) > 1`,
    `CREATE VIRTUAL TABLE products_trigram USING fts5 (
      name, content = 'products', content_rowid = 'id', tokenize = 'trigram remove_diacritics 1'
    )`,
    `INSERT INTO products_trigram (products_trigram) VALUES ('rebuild')`,
    `CREATE TRIGGER products_trigram_insert AFTER INSERT ON products BEGIN
      INSERT INTO products_trigram (rowid, name) VALUES (new.id, new.name);
    END`,
    `CREATE TRIGGER products_trigram_delete AFTER DELETE ON products BEGIN
      INSERT INTO products_trigram (products_trigram, rowid, name) VALUES ('delete', old.id, old.name);
    END`,
    `CREATE TRIGGER products_trigram_update AFTER UPDATE OF name ON products BEGIN
      INSERT INTO products_trigram (products_trigram, rowid, name) VALUES ('delete', old.id, old.name);
      INSERT INTO products_trigram (rowid, name) VALUES (new.id, new.name);
    END`,
    `CREATE TABLE name_positions (n INTEGER PRIMARY KEY) STRICT`,
    `INSERT INTO name_positions (n) WITH RECURSIVE count (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM count WHERE n < 400) SELECT n FROM count`,
    `CREATE TABLE product_name_grams (
      gram TEXT NOT NULL,
      product_id INTEGER NOT NULL,
      PRIMARY KEY (gram, product_id)
    ) STRICT, WITHOUT ROWID`,
    `CREATE INDEX product_name_grams_product ON product_name_grams (product_id)`,
    `CREATE TRIGGER product_name_grams_insert AFTER INSERT ON products BEGIN
      ${insertGrams}
    END`,
    `CREATE TRIGGER product_name_grams_update AFTER UPDATE OF name ON products BEGIN
      DELETE FROM product_name_grams WHERE product_id = new.id;
      ${insertGrams}
    END`,
    `CREATE TRIGGER product_name_grams_delete AFTER DELETE ON products BEGIN
      DELETE FROM product_name_grams WHERE product_id = old.id;
    END`,
    `INSERT OR IGNORE INTO product_name_grams (gram, product_id)
      SELECT lower(substr(p.name, n, 1)), p.id FROM products p JOIN name_positions ON n <= length(p.name)
      WHERE unicode(substr(p.name, n, 1)) >= 11904 OR unicode(substr(p.name, n, 1)) BETWEEN 3584 AND 3711
      UNION SELECT lower(substr(p.name, n, 2)), p.id FROM products p JOIN name_positions ON n < length(p.name)
      WHERE (unicode(substr(p.name, n, 1)) >= 11904 OR unicode(substr(p.name, n, 1)) BETWEEN 3584 AND 3711)
        AND (unicode(substr(p.name, n + 1, 1)) >= 11904 OR unicode(substr(p.name, n + 1, 1)) BETWEEN 3584 AND 3711)`,
    `CREATE TABLE csv_import_mappings (
      header_key TEXT PRIMARY KEY,
      mapping TEXT NOT NULL,
      saved_at INTEGER NOT NULL
    ) STRICT`
  ]
}
