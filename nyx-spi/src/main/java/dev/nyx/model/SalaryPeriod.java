package dev.nyx.model;

/** The period a salary figure refers to. */
public enum SalaryPeriod {
    HOUR, DAY, WEEK, MONTH, YEAR
}
