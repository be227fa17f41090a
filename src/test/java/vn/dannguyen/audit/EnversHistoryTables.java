package vn.dannguyen.audit;

import java.util.Map;
import java.util.TreeMap;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.persister.entity.AbstractEntityPersister;

/** What Envers audits in the running server, for tests: each audited entity by simple name, with its history table. */
@Stateless
public class EnversHistoryTables {

    @PersistenceContext
    EntityManager em;

    public Map<String, String> audited() {
        AuditReader reader = AuditReaderFactory.get(em);
        SessionFactoryImplementor factory = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class);
        EnversService envers = factory.getServiceRegistry().getService(EnversService.class);
        Map<String, String> tables = new TreeMap<>();
        for (EntityType<?> type : em.getMetamodel().getEntities()) {
            Class<?> entity = type.getJavaType();
            if (entity != null && reader.isEntityClassAudited(entity)) {
                String history = envers.getConfig().getAuditEntityName(entity.getName());
                tables.put(entity.getSimpleName(),
                        ((AbstractEntityPersister) factory.getMappingMetamodel().getEntityDescriptor(history)).getTableName());
            }
        }
        return tables;
    }
}
