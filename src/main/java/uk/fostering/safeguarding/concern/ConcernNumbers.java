package uk.fostering.safeguarding.concern;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Hands out concern numbers from a database sequence: unique across threads and nodes, never
 * reused, even when a transaction rolls back (a gap is harmless; a reused reference is not).
 */
@Component
class ConcernNumbers {

    private static final String SEQUENCE = "concern_number_seq";
    private final DataFieldMaxValueIncrementer incrementer;

    @Autowired
    ConcernNumbers(DataSource dataSource) throws MetaDataAccessException {
        this(sequenceOf(dataSource));
    }

    /** From any source of numbers: the unit tests count in memory. */
    ConcernNumbers(DataFieldMaxValueIncrementer incrementer) {
        this.incrementer = incrementer;
    }

    private static DataFieldMaxValueIncrementer sequenceOf(DataSource dataSource) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        return "PostgreSQL".equals(product)
                ? new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE)
                : new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
    }

    long next() {
        return incrementer.nextLongValue();
    }

    static String reference(int year, long number) {
        return String.format("SC-%d-%06d", year, number);
    }
}
