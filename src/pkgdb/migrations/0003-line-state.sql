-- cbe installed-package database, schema version 3: what `cbe ensure` knows of the line.
CREATE TABLE line_state (
    key           TEXT PRIMARY KEY,   -- 'release', 'min_platform', 'checked_at', 'requirement', 'packages'
    value         TEXT NOT NULL
) WITHOUT ROWID;
