-- Version 7: a republished copy records its own published date, so that an analyst can check the rule that kept
-- the other one (the earliest published date, then source, then source id, then file and record; see README).
ALTER TABLE etl_duplicate ADD COLUMN IF NOT EXISTS copy_published_date DATE;
