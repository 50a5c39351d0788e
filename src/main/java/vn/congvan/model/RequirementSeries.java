package vn.congvan.model;

import java.time.LocalTime;

/**
 * A requirement due every period, as the ledger keeps it so that later periods can be added when time
 * passes: each period is its own requirement, "2.2021-05" for May 2021 of requirement 2.
 *
 * @param requirementId the requirement as numbered in the dispatch ("2")
 * @param text          its text, without a period's name
 * @param recurrence    how often and on which day; its start is the first period's first month
 * @param dueTime       the time of day it is due by, or null
 * @param firstPeriodId the first period's requirement id, whose units and roles the later periods get
 */
public record RequirementSeries(String requirementId, String text, Recurrence recurrence, LocalTime dueTime,
                                String firstPeriodId) {
}
