package dev.uniform.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldGrammarTests {

    private static ParsedFields parse(String spec) {
        return FieldGrammar.parse(spec, "Order", Set.of("Customer"));
    }

    private static List<String> problems(String spec) {
        return parse(spec).problems();
    }

    @Test
    void shouldReadEveryTypeAndConstraint() {
        ParsedFields parsed = parse(" customerName : String : required : max=80 ,total:BigDecimal:min=0:max=99.5,"
                + "notes:Text:min=10,count:Integer:min=-5:max=5,serial:Long:unique,paid:Boolean,placedOn:LocalDate,"
                + "placedAt:Instant,token:UUID:unique,mail:String:email:max=120,"
                + "status:enum(OPEN|ON_HOLD):required,customerId:ref(Customer):required,parentId:ref(Order)");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.fields())
                .extracting(Field::name, Field::type)
                .containsExactly(
                        tuple("customerName", FieldType.STRING),
                        tuple("total", FieldType.BIG_DECIMAL),
                        tuple("notes", FieldType.TEXT),
                        tuple("count", FieldType.INTEGER),
                        tuple("serial", FieldType.LONG),
                        tuple("paid", FieldType.BOOLEAN),
                        tuple("placedOn", FieldType.LOCAL_DATE),
                        tuple("placedAt", FieldType.INSTANT),
                        tuple("token", FieldType.UUID),
                        tuple("mail", FieldType.STRING),
                        tuple("status", FieldType.ENUM),
                        tuple("customerId", FieldType.REFERENCE),
                        tuple("parentId", FieldType.REFERENCE));
        Field customerName = parsed.fields().get(0);
        assertThat(customerName.required()).isTrue();
        assertThat(customerName.max()).contains("80");
        assertThat(customerName.min()).isEmpty();
        assertThat(customerName.column()).isEqualTo("customer_name");
        assertThat(parsed.fields().get(1).min()).contains("0");
        assertThat(parsed.fields().get(1).max()).contains("99.5");
        assertThat(parsed.fields().get(4).unique()).isTrue();
        assertThat(parsed.fields().get(9).email()).isTrue();
        assertThat(parsed.fields().get(10).enumValues()).containsExactly("OPEN", "ON_HOLD");
        assertThat(parsed.fields().get(11).referenced()).contains("Customer");
        assertThat(parsed.fields().get(12).referenced()).contains("Order");
    }

    @Test
    void shouldWriteEachFieldBackInOneOrderThatParsesToTheSameField() {
        ParsedFields parsed = parse("mail:String:max=120:email:unique:required,status:enum(A|B),xId:ref(Customer),"
                + "total:BigDecimal:max=5:min=1");

        String grammar =
                String.join(",", parsed.fields().stream().map(Field::grammar).toList());

        assertThat(grammar)
                .isEqualTo("mail:String:required:unique:email:max=120,status:enum(A|B),xId:ref(Customer),"
                        + "total:BigDecimal:min=1:max=5");
        assertThat(parse(grammar).fields()).isEqualTo(parsed.fields());
    }

    @Test
    void shouldNameTheRangeParametersOfNumbersAndDatesAndTheFieldItselfOtherwise() {
        ParsedFields parsed = parse("total:BigDecimal,placedOn:LocalDate,name:String,paid:Boolean");

        assertThat(parsed.fields())
                .extracting(Field::filterParameters)
                .containsExactly(
                        List.of("minTotal", "maxTotal"),
                        List.of("minPlacedOn", "maxPlacedOn"),
                        List.of("name"),
                        List.of("paid"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            '' => fields is empty: give at least one field, such as customerName:String:required:max=80,total:BigDecimal:min=0,status:enum(OPEN|PAID)
            name:String,,x:Text => field 2 has no name: write name:Type, such as customerName:String:required:max=80,total:BigDecimal:min=0,status:enum(OPEN|PAID)
            Name:String => field 'Name' must be a lowerCamelCase name of at most 40 letters and digits, without two capitals in a row (customerName, vatId), as it becomes the JSON property
            vatID:String => field 'vatID' must be a lowerCamelCase name of at most 40 letters and digits, without two capitals in a row (customerName, vatId), as it becomes the JSON property
            version:Long => field 'version' is a name the generated code uses itself (id, version, createdAt, updatedAt, page, size, sort): choose another
            class:String => field 'class' is a Java keyword: choose another name
            order:String => field 'order' is a reserved word in SQL (order): choose another name, such as orderName or the plural
            currentUser:String => field 'currentUser' is a reserved word in SQL (current_user): choose another name, such as current_userName or the plural
            name:String,name:Text => field 'name' is given twice
            name => field 'name' has no type: write name:Type, with Type one of String, Text, Integer, Long, BigDecimal, Boolean, LocalDate, Instant, UUID or enum(A|B)
            name:Varchar => field 'name' has an unknown type 'Varchar': use one of String, Text, Integer, Long, BigDecimal, Boolean, LocalDate, Instant, UUID, enum(A|B) or ref(Resource)
            name:String:nullable => field 'name' has an unknown constraint 'nullable': use required, unique, min=, max= or email
            """)
    void shouldNameTheFieldAndWhatWouldBeAccepted(String spec, String problem) {
        assertThat(problems(spec)).containsExactly(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            s:enum(OPEN|PAID,name:String => field 's' has an enum that does not end with ")": separate its values with |, as in enum(OPEN|PAID|SHIPPED)
            s:enum(),name:String => field 's' has an enum without values: list them, as in enum(OPEN|PAID|SHIPPED)
            s:enum(OPEN|paid),name:String => field 's' has an enum value 'paid' that is not an UPPER_SNAKE_CASE constant, such as OPEN or ON_HOLD
            s:enum(OPEN|OPEN),name:String => field 's' has the enum value OPEN twice
            sort2:String,filter:enum(A|B) => field 'filter' would name its enum OrderFilter, a class the archetype generates: choose another name
            s:enum(A|B):unique,name:String => field 's' has unique, which a enum cannot be: it has too few values for more than a few Orders
            """)
    void shouldCheckEnums(String spec, String problem) {
        assertThat(problems(spec)).containsExactly(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            customerId:ref(customer),n:String => field 'customerId' has 'ref(customer)', which names no resource: write ref(Customer), with the resource's class name
            customerId:ref(Customer,n:String => field 'customerId' has 'ref(Customer', which names no resource: write ref(Customer), with the resource's class name
            supplierId:ref(Supplier),n:String => field 'supplierId' refers to Supplier, which the service does not have; it has Customer
            parentId:ref(Order):required,n:Text => field 'parentId' refers to Order itself and cannot be required: the first Order has none to refer to
            customer:ref(Customer),n:String => field 'customer' holds the identifier of Customer: name it after that, ending in Id, such as customerId
            customerId:ref(Customer):unique,n:Text => field 'customerId' has unique, which a reference cannot be: it refers many to one; one-to-one is not generated yet
            """)
    void shouldCheckReferences(String spec, String problem) {
        assertThat(problems(spec)).containsExactly(problem);
    }

    @Test
    void shouldSayHowToGetAResourceToReferToWhenTheServiceHasNone() {
        assertThat(FieldGrammar.parse("customerId:ref(Customer),n:String", "Order", Set.of())
                        .problems())
                .containsExactly("field 'customerId' refers to Customer, which the service does not have yet: generate"
                        + " it with Customer first, then add Order with ./mvnw uniform:add-resource (README)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            paid:Boolean:max=1,n:String => field 'paid' has max=, which applies to String and Text (length) and to Integer, Long and BigDecimal (value) only
            n:Integer:min=1.5 => field 'n' has min=1.5: write a whole number
            n:Text:max=lots => field 'n' has max=lots: write a whole number
            n:BigDecimal:max=1.234 => field 'n' has max=1.234: write a number with at most 10 digits before the point and 2 after it
            n:String:max=0 => field 'n' has max=0: a length must be at least 1
            n:Text:min=-1 => field 'n' has min=-1: a length must be zero or more
            n:String:max=10485761 => field 'n' has max=10485761: a String holds at most 10485760 characters; use Text for longer ones
            n:Integer:max=2147483648 => field 'n' has max=2147483648, beyond what an Integer holds: use Long
            n:Long:min=5:max=4 => field 'n' has min=5 above max=4
            n:BigDecimal:min=2:max=2 => field 'n' has min=2 equal to max=2: a field with one possible value is a constant
            n:Integer:unique:min=1:max=100 => field 'n' has unique with min=1 and max=100: give it room for at least 1,000 distinct values
            n:BigDecimal:unique:min=0:max=9 => field 'n' has unique with min=0 and max=9: give it room for at least 1,000 distinct values
            n:String:unique:max=1 => field 'n' has unique with max=1: a unique String needs max=2 or more
            n:String:email:max=19 => field 'n' has email and max=19: give an e-mail address room for at least 20 characters
            n:Text:email => field 'n' has email, which applies to String fields only
            n:String:min=256 => field 'n' has min=256 above the default max of 255: give max too
            n:Text:unique => field 'n' has unique, which a Text cannot be: use String with a max length for a unique text
            n:Boolean:unique,m:String => field 'n' has unique, which a Boolean cannot be: it has too few values for more than a few Orders
            """)
    void shouldCheckEachConstraintAgainstTheType(String spec, String problem) {
        assertThat(problems(spec)).containsExactly(problem);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "n:Integer:unique:min=1:max=1000",
                "n:BigDecimal:unique:min=0:max=9.99",
                "n:String:unique:max=2",
                "n:String:email:max=20",
                "n:String:min=256:max=300",
                "n:Integer:max=2147483647",
                "n:Text:min=0",
                "n:String:max=10485760"
            })
    void shouldAcceptTheBoundariesOfEachRule(String spec) {
        assertThat(problems(spec)).isEmpty();
    }

    @Test
    void shouldRefuseTwoFieldsFilteredByTheSameParameter() {
        assertThat(problems("total:Integer,minTotal:String"))
                .containsExactly("field 'minTotal' would filter listings with the query parameter minTotal, which"
                        + " another field uses already: rename one of them");
    }

    @Test
    void shouldRefuseFieldsThatCannotTellOneVersionFromTheNext() {
        assertThat(problems("paid:Boolean,status:enum(A|B),customerId:ref(Customer)"))
                .containsExactly("fields has only Boolean, enum and ref fields: add one of another type (a name, a"
                        + " date, a number); the generated tests change it to tell one version from the next");
    }

    @Test
    void shouldReportEveryProblemOfEveryFieldAtOnce() {
        assertThat(problems("Bad:Nope,ok:String,n:Integer:min=x:unique:max=3,:Text"))
                .containsExactly(
                        "field 'Bad' must be a lowerCamelCase name of at most 40 letters and digits, without two"
                                + " capitals in a row (customerName, vatId), as it becomes the JSON property",
                        "field 'Bad' has an unknown type 'Nope': use one of String, Text, Integer, Long, BigDecimal,"
                                + " Boolean, LocalDate, Instant, UUID, enum(A|B) or ref(Resource)",
                        "field 'n' has min=x: write a whole number",
                        "field 4 has no name: write name:Type, " + FieldGrammar.EXAMPLE);
        assertThat(parse("ok:String").fields().get(0).referenced()).isEqualTo(Optional.empty());
    }
}
