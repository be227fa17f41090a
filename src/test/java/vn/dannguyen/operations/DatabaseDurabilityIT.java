package vn.dannguyen.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.dannguyen.Deployments;
import vn.dannguyen.shared.DatabaseDurability;

/** The database the tests run on keeps every acknowledged commit: the same check the server makes at start. */
@ExtendWith(ArquillianExtension.class)
class DatabaseDurabilityIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestHelpers();
    }

    @Inject
    DatabaseDurability durability;

    @Test
    void everyTableIsInnoDbAndEveryCommitIsFlushed() {
        List<String> weaknesses = durability.weaknesses();
        System.out.println("Database durability weaknesses: " + weaknesses);
        assertEquals(List.of(), weaknesses);
    }
}
