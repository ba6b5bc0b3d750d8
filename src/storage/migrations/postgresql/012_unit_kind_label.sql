-- Issue 14.7: an HR system names its levels as it likes ("stab", "klinik", "team"). units.kind stays
-- the portal's category; kind_label keeps the HR system's own name as written, shown on the pages
-- ('' when the name is the category's own code or label).
ALTER TABLE units ADD COLUMN kind_label TEXT NOT NULL DEFAULT '';
