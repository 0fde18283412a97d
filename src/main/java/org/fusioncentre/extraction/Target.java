package org.fusioncentre.extraction;

/** Who or what an incident targeted (DESIGN §4). */
public enum Target {
    SECURITY_FORCES,
    CIVILIANS,
    FOREIGN_NATIONALS,
    GOVERNMENT,
    INFRASTRUCTURE,
    RELIGIOUS,
    EDUCATION,
    HEALTH,
    MEDIA,
    POLITICAL,
    MILITANTS
}
