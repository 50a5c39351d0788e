-- Issue 13: the window's list (Văn bản đi, Chờ phát hành) counted the units each dispatch was sent to from every
-- SENT event of the ledger each time it opened (COUNT DISTINCT over 200,000 events in a ledger of 1,000 dispatches:
-- half of the board's time). The status tables keep it now, derived from the events like the rest: sent 0/1 per
-- assignment (its unit has a SENT event: sent once, it stays sent even if a later mail to it failed) and
-- units_sent per dispatch. tracking.StatusTables' version goes to 2, so each ledger computes them at its next open.
ALTER TABLE assignment_status ADD COLUMN sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dispatch_unit_summary ADD COLUMN units_sent INTEGER NOT NULL DEFAULT 0;
