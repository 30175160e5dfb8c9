package dev.uniform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.uniform.model.ManifestResource;
import dev.uniform.model.ResourceManifest;
import jakarta.persistence.Entity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entities of a service against the manifest it commits, on an entity as the archetype generates them. */
class ManifestAgreementTests {

    private static final JavaClasses ORDERS =
            new ClassFileImporter().importPackages("dev.uniform.testing.architecture.orders");

    private static final List<String> ORDER_FIELDS = List.of(
            "code:String:required:unique:max=32",
            "note:Text:max=2000",
            "total:BigDecimal:required:min=0",
            "status:enum(OPEN|PAID):required",
            "parentId:ref(Order)");

    @TempDir
    Path service;

    private ArchRule rule() {
        return classes().that().areAnnotatedWith(Entity.class).should(ManifestAgreement.withManifestIn(service));
    }

    private void record(ManifestResource... resources) {
        new ResourceManifest(List.of(resources)).write(service);
    }

    private static ManifestResource order(List<String> fields) {
        return new ManifestResource("Order", "orders", "orders", "dev.uniform.testing.architecture.orders", fields);
    }

    @Test
    void shouldPassWhereTheManifestRecordsTheEntity() {
        record(order(ORDER_FIELDS));

        assertThatCode(() -> rule().check(ORDERS)).doesNotThrowAnyException();
    }

    @Test
    void shouldPassInAServiceWithoutAManifest() {
        assertThatCode(() -> rule().check(ORDERS)).doesNotThrowAnyException();
    }

    @Test
    void shouldNameTheLineToAddForAFieldAddedToTheEntityByHand() {
        record(order(ORDER_FIELDS.subList(0, 4)));

        assertThatThrownBy(() -> rule().check(ORDERS))
                .hasMessageContaining("Order.parentId is not in .uniform/resources.json: add \"parentId:Long\" to the"
                        + " fields of Order");
    }

    @Test
    void shouldNameEveryDisagreement() {
        record(order(List.of(
                "code:String:max=32",
                "note:Text:max=2000",
                "total:Integer:required:min=0",
                "status:enum(OPEN|PAID|SHIPPED):required",
                "parentId:ref(Order)",
                "placedOn:LocalDate")));

        assertThatThrownBy(() -> rule().check(ORDERS))
                .hasMessageContaining("Order.code is required (nullable = false), where .uniform/resources.json records"
                        + " code:String:max=32: make the two agree")
                .hasMessageContaining("Order.code is unique, where")
                .hasMessageContaining("Order.total is BigDecimal, where .uniform/resources.json records"
                        + " total:Integer:required:min=0")
                .hasMessageContaining("Order.status is OrderStatus (OPEN|PAID), where")
                .hasMessageContaining(".uniform/resources.json gives Order the field placedOn:LocalDate, which the"
                        + " entity does not have")
                .hasMessageContaining("OrderRequest has no placedOn, where .uniform/resources.json records"
                        + " placedOn:LocalDate: add it, or remove the field from the manifest");
    }

    @Test
    void shouldHoldTheRequestRecordToTheConstraintsOfEachField() {
        record(order(List.of(
                "code:String:required:unique:email:max=40",
                "note:String:max=2000",
                "total:BigDecimal:required:min=1:max=500",
                "status:enum(OPEN|PAID)",
                "parentId:ref(Order)")));

        assertThatThrownBy(() -> rule().check(ORDERS))
                .hasMessageContaining("Order.code has length = 32, where .uniform/resources.json records"
                        + " code:String:required:unique:email:max=40: make the two agree")
                .hasMessageContaining("OrderRequest.code has @Size(min = 0, max = 32), where")
                .hasMessageContaining("OrderRequest.code lacks @Size(min = 0, max = 40), where")
                .hasMessageContaining("OrderRequest.code lacks @Email, where")
                .hasMessageContaining("Order.note is a text column, where")
                .hasMessageContaining("OrderRequest.total has @DecimalMin(0), where")
                .hasMessageContaining("OrderRequest.total lacks @DecimalMin(1), where")
                .hasMessageContaining("OrderRequest.total lacks @DecimalMax(500), where")
                .hasMessageContaining("OrderRequest.status has @NotNull, where")
                .hasMessageNotContaining("OrderRequest.note");
    }

    @Test
    void shouldNameAConstraintTheFieldDoesNotHave() {
        record(order(List.of(
                "code:String:required:unique:max=32",
                "note:Text",
                "total:BigDecimal:required:min=0",
                "status:enum(OPEN|PAID):required",
                "parentId:ref(Order)")));

        assertThatThrownBy(() -> rule().check(ORDERS))
                .hasMessageContaining("OrderRequest.note has @Size(min = 0, max = 2000), where"
                        + " .uniform/resources.json records note:Text")
                .hasMessageNotContaining("OrderRequest.code");
    }

    @Test
    void shouldFindAResourceWithoutEntityAndAManifestThatDoesNotParse() {
        record(
                order(List.of("code:String:required:unique:max=32", "note:Text", "bad:Nope")),
                new ManifestResource("Customer", "customers", "customers", "x.customer", List.of("name:String")));

        assertThatThrownBy(() -> rule().check(ORDERS))
                .hasMessageContaining(".uniform/resources.json, Order: field 'bad' has an unknown type 'Nope'")
                .hasMessageContaining(".uniform/resources.json lists Customer, which has no entity: remove it, or add"
                        + " the entity");
    }
}
