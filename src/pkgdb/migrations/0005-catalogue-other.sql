-- cbe installed-package database, schema version 5: the catalogue keeps every pkg_summary
-- field it has no column for (CATEGORIES, PKGPATH, HOMEPAGE, LICENSE, BUILD_DATE, OPSYS, …),
-- one KEY=VALUE a line in the summary's order, so that pkgin's verbs (show-category,
-- show-pkg-category, show-all-categories) can answer from it. Entries stored before this
-- version have none until their repository publishes a new release.
ALTER TABLE catalogue ADD COLUMN other TEXT NOT NULL DEFAULT '';
