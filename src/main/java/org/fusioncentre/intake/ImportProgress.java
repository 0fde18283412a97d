package org.fusioncentre.intake;

/** Told how far an import has come; called from the importing thread after each stored batch. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (file, bytesRead, bytesTotal, records) -> {};

    /**
     * @param file the file being read
     * @param bytesRead bytes of all files read so far
     * @param bytesTotal bytes of all files of this import
     * @param records records finished so far (stored, duplicate or rejected)
     */
    void update(String file, long bytesRead, long bytesTotal, long records);
}
