package org.fusioncentre.extraction;

/** How precisely an incident's date is known (DESIGN §4). */
public enum DatePrecision {
    DAY,
    WEEK,
    MONTH
}
