package org.rejoin.organisations;

import java.io.IOException;
import java.io.InputStream;

import org.rejoin.audit.AuditActor;

/**
 * Imports establishments from a Get Information About Schools "establishment fields" CSV
 * (edubasealldataYYYYMMDD.csv: Windows-1252, dates dd-MM-yyyy; docs/rules/identifiers.md). Every row is
 * validated; valid rows are applied in one transaction and rejects are reported by row and
 * reason. Importing the same file twice changes nothing the second time.
 */
public interface EstablishmentImport {

    ImportReport importGias(InputStream csv, String fileName, AuditActor by) throws IOException;
}
