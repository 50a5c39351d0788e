-- Issue 12: who receives a dispatch for information, and recurring requirements extended as time passes.
--
-- The entries of Kính gửi and Nơi nhận that receive a copy for information ("CT, PCT UBND tp", "Thường trực
-- Thành ủy (b/c)"; kind INFORMATION), and those that name more than one unit of the directory ("TT …" read
-- as thị trấn, Thường trực or Trung tâm; kind AMBIGUOUS, for the clerk). Never assignees, never unmatched.
-- Written with the import; dispatches imported before this version have none.
CREATE TABLE dispatch_copy_recipient (
    dispatch_key BIGINT  NOT NULL REFERENCES tracked_dispatch (dispatch_key),
    position     INTEGER NOT NULL,
    entry        TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    PRIMARY KEY (dispatch_key, position)
);

-- A requirement due every month or quarter ("trước ngày 20 hằng tháng"), as the import read it. Each period
-- is its own requirement ("2.2021-05") with its assignments; when time passes, the next periods are added
-- (inserted, never changed) up to the office's horizon, each with a PERIOD_ADDED event. period: MONTHLY or
-- QUARTERLY; day_of_month 0 for the period's last day; first_month (yyyy-MM) the first period's first month;
-- due_time the time of day (HH:MM) or NULL; first_req_id the first period, whose units the later ones get.
CREATE TABLE requirement_series (
    dispatch_key BIGINT  NOT NULL REFERENCES tracked_dispatch (dispatch_key),
    req_id       TEXT    NOT NULL,
    text         TEXT    NOT NULL,
    period       TEXT    NOT NULL,
    day_of_month INTEGER NOT NULL,
    first_month  TEXT    NOT NULL,
    due_time     TEXT,
    first_req_id TEXT    NOT NULL,
    PRIMARY KEY (dispatch_key, req_id)
);
