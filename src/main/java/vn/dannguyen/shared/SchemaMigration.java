package vn.dannguyen.shared;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Applies the Flyway migrations while Hibernate builds its session factory: integrators run before
 * Hibernate validates the schema, so validation always sees the migrated schema, and nothing of the
 * application can touch the database before it is current.
 */
public class SchemaMigration implements Integrator {

    static final String DATASOURCE = "java:jboss/datasources/DanNguyenDS";

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(lookupDataSource())
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to undo: migrations stay applied
    }

    private static DataSource lookupDataSource() {
        try {
            return (DataSource) new InitialContext().lookup(DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("Datasource " + DATASOURCE + " is not bound", e);
        }
    }
}
