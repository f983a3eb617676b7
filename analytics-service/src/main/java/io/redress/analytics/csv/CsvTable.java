package io.redress.analytics.csv;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * An answer that can also be given as {@code text/csv} ({@link CsvWriter}): a header row and the same rows as its
 * JSON list, one value per column (null an empty field).
 */
public interface CsvTable {

    @JsonIgnore
    List<String> csvHeader();

    @JsonIgnore
    List<List<Object>> csvRows();
}
