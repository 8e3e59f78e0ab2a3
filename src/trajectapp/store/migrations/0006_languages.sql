-- The language a person reads the documents meant for them in (their own copy, the plan agreement); none
-- recorded: the consultant's. And the language each document that left the vault was written in (none for a
-- transfer package, which Trajectapp reads in its own language, and for what was received).

ALTER TABLE cases ADD COLUMN document_language TEXT
    CHECK (document_language IS NULL OR document_language IN ('nl', 'fr', 'en'));
ALTER TABLE disclosures ADD COLUMN language TEXT CHECK (language IS NULL OR language IN ('nl', 'fr', 'en'));
