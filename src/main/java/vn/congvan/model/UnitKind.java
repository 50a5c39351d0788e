package vn.congvan.model;

/** What sort of body a unit is; the directory file names these in lower case. */
public enum UnitKind {
    WARD, COMMUNE, TOWN, DEPARTMENT, OFFICE, PUBLIC_SERVICE_UNIT, ORGANISATION, LEADER
}
