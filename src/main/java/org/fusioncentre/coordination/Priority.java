package org.fusioncentre.coordination;

public enum Priority {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
