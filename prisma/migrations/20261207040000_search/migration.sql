-- Full-text search across every version of a text (issue 15, item 3). Adds functions, text search
-- configurations and indexes only: no table changes, every row is kept.

-- Accents, case, ligatures and the punctuation inside words (« et/ou », « Bruxelles-Capitale »,
-- « l’usager ») are folded here, in SQL, rather than with the unaccent extension:
-- * the embedded database (PGlite 0.5.14) ships unaccent only as a bundle its host must load when
--   it starts: CREATE EXTENSION unaccent fails on the database `npm start` runs, and a server given
--   by DATABASE_URL may lack the contrib package or the right to create extensions.
--   (No semicolon in these comments: the migration runner splits the script on them.)
-- * unaccent() is STABLE (it reads its rules file), so an index could not be built on it.
-- translate() and regexp_replace() are IMMUTABLE and behave the same on both databases, and the
-- same function folds the stored words and the searched ones, so they always agree.
-- The table maps every Latin letter with diacritics of U+00C0–U+024F (those whose canonical
-- decomposition is one ASCII letter and marks), plus ø, đ, ł, ı, to its lowercase base letter, and
-- word-inner punctuation (slash, hyphens and dashes, dot, apostrophes, tsquery operators…) to a
-- space: without it the parser reads « et/ou » as one file-path token and « et ou » as two words.
CREATE FUNCTION palimpseste_search_fold(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT lower(translate(
    replace(replace(replace(replace(replace(replace(
      regexp_replace(input, '[\u0300-\u036f]', '', 'g'),
      'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae'), 'ß', 'ss'), 'ẞ', 'ss'),
    'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳøØđĐłŁı/\-‐‑‒–—−._@:+&|!<>*~#%=^`''‘’ʼ',
    'aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyyooddlli                              '
  ))
$$;

-- The French, Dutch and German Snowball stemmers without their stop-word lists: in a law « et »,
-- « ou » and « ne » carry the meaning (« et/ou » is what readers look for), and a phrase search
-- must not skip words. Both databases ship these stemmers (pg_ts_dict: french_stem, dutch_stem,
-- german_stem).
CREATE TEXT SEARCH DICTIONARY palimpseste_french (TEMPLATE = snowball, Language = french);
CREATE TEXT SEARCH DICTIONARY palimpseste_dutch (TEMPLATE = snowball, Language = dutch);
CREATE TEXT SEARCH DICTIONARY palimpseste_german (TEMPLATE = snowball, Language = german);

CREATE TEXT SEARCH CONFIGURATION palimpseste_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION palimpseste_fr ALTER MAPPING REPLACE french_stem WITH palimpseste_french;
CREATE TEXT SEARCH CONFIGURATION palimpseste_nl (COPY = dutch);
ALTER TEXT SEARCH CONFIGURATION palimpseste_nl ALTER MAPPING REPLACE dutch_stem WITH palimpseste_dutch;
CREATE TEXT SEARCH CONFIGURATION palimpseste_de (COPY = german);
ALTER TEXT SEARCH CONFIGURATION palimpseste_de ALTER MAPPING REPLACE german_stem WITH palimpseste_german;

-- One GIN index per language on the expression the search query uses (lib/search/data.ts): the
-- language is the version's, so each version's provisions are matched through its own. Prisma's
-- schema cannot declare expression indexes and leaves them alone. The expression calls the folding
-- function directly, never through another function of ours: PostgreSQL 17 and later (PGlite is
-- 18) build indexes with search_path set to pg_catalog, where a function body naming
-- palimpseste_search_fold unqualified would not find it.
CREATE INDEX "Provision_search_fr_idx" ON "Provision" USING gin (to_tsvector('palimpseste_fr'::regconfig, palimpseste_search_fold(coalesce("heading", '') || ' ' || "text")));
CREATE INDEX "Provision_search_nl_idx" ON "Provision" USING gin (to_tsvector('palimpseste_nl'::regconfig, palimpseste_search_fold(coalesce("heading", '') || ' ' || "text")));
CREATE INDEX "Provision_search_de_idx" ON "Provision" USING gin (to_tsvector('palimpseste_de'::regconfig, palimpseste_search_fold(coalesce("heading", '') || ' ' || "text")));
