package org.fusioncentre.access;

/**
 * Which provinces and districts exist, for checking jurisdictions. Declared here and implemented
 * by the gazetteer's module, so that access, below the other modules, depends on none of them.
 */
@FunctionalInterface
public interface KnownUnits {
    /** Whether the P-code names a province or district the gazetteer knows. */
    boolean isProvinceOrDistrict(String pcode);
}
