package vn.congvan.model;

/**
 * What a unit does on a requirement of a plan's task table: it leads (chủ trì: answers for the work and
 * reports it) or supports (phối hợp). An ordinary dispatch, whose recipients all do the same, states no role.
 */
public enum UnitRole {
    LEAD,
    SUPPORT
}
