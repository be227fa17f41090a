package vn.dannguyen.audit;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import vn.dannguyen.shared.Role;

/** Verification from the auditor's page: seal what is pending, then walk the whole chain. */
@Stateless
@RolesAllowed(Role.Names.AUDITOR)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditVerifier {

    @Resource(lookup = "java:jboss/datasources/DanNguyenDS")
    DataSource dataSource;

    @EJB
    AuditSealTimer sealer;

    @EJB
    AuditLog auditLog;

    /** Seals what is pending, then checks the whole chain. */
    public AuditVerification verify() {
        sealer.sealAll();
        return check();
    }

    /** Checks the chain as it stands, sealing nothing. */
    public AuditVerification check() {
        AuditVerification result;
        try (Connection connection = dataSource.getConnection()) {
            result = new AuditChainVerifier(connection).verify(AuditAnchor.ofServer().links());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit chain", e);
        }
        auditLog.record(AuditEventKind.AUDIT_VERIFIED, null, result.summary());
        return result;
    }
}
