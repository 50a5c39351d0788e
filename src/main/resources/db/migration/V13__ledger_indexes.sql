-- Issue 13: a ledger of 1,000 dispatches × 200 units × 3 requirements (600,000 assignments, over a million
-- events) must answer one dispatch's status, the overdue list and the list quickly. Indexes only: no data
-- changes, the ledger stays append-only. Each serves a query of LedgerQueries (README, "Hiệu năng"):
--
-- one dispatch's events in the order recorded (its status, the window's grid), without sorting them;
CREATE INDEX ledger_event_by_dispatch_seq ON ledger_event (dispatch_key, seq);
-- one unit's events on a dispatch (its history, reminders counted per unit);
CREATE INDEX ledger_event_by_unit ON ledger_event (dispatch_key, unit_code, occurred_at);
-- the events of one type across the ledger (the Message-IDs sent, for matching replies; the units sent
-- each dispatch, counted for the window's folders) read from the index alone;
CREATE INDEX ledger_event_by_type ON ledger_event (type, dispatch_key, unit_code);
-- every dispatch's assignments in task-set order (statuses of the whole ledger) without sorting 600,000 rows.
CREATE INDEX dispatch_assignment_in_order ON dispatch_assignment (dispatch_key, position);
