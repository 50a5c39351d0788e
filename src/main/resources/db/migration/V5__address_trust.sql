-- Addresses the clerk trusts for a unit beyond the unit's own (decisions.md item 8: a unit writing
-- from a personal address stays flagged until the clerk trusts that address for that unit).
-- An address is trusted for a unit across all dispatches, whereas every ledger_event belongs to one
-- dispatch; so trust has its own table, append-only like ledger_event: each row trusts an address
-- (ADDRESS_TRUSTED) or withdraws the trust (ADDRESS_UNTRUSTED), and the latest row per unit and
-- address holds. Nothing is updated or deleted, so who trusted what, when and why stays answerable.
CREATE TABLE address_trust (
    seq         ${event_seq},
    unit_code   TEXT NOT NULL,
    address     TEXT NOT NULL,
    type        TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    source      TEXT NOT NULL,
    note        TEXT
);

CREATE INDEX address_trust_by_unit ON address_trust (unit_code, address, seq);
