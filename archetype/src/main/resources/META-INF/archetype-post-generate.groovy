// Runs after maven-archetype-plugin has written the project; the plugin has no hook before that.
// 1. Checks every property: batch mode ignores validationRegex (ARCHETYPE-532), and a bad value must fail here,
//    naming the property, instead of as a compile error later. On failure nothing generated is left behind.
// 2. Finishes what Velocity cannot: one file per enum field, an executable mvnw, and sources formatted for names of
//    any length.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

final Path project = Paths.get(request.outputDirectory, request.artifactId)
final Properties properties = request.properties

final Set<String> javaKeywords = ('abstract assert boolean break byte case catch char class const continue default do '
        + 'double else enum extends final finally float for goto if implements import instanceof int interface long '
        + 'native new package private protected public return short static strictfp super switch synchronized this '
        + 'throw throws transient try void volatile while true false null _').split(' ') as Set

List<String> problems = []

def check = { String property, boolean valid, String expectation ->
    if (!valid) {
        problems << "${property} '${properties.getProperty(property)}' ${expectation}".toString()
    }
}

String resource = properties.getProperty('resource')
String feature = properties.getProperty('feature')
String javaPackage = properties.getProperty('package')

check('artifactId', request.artifactId ==~ /[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?/,
        'must be lower-case letters, digits and dashes, at most 63 (it names the container image and Kubernetes objects)')
check('groupId', request.groupId ==~ /[A-Za-z0-9_.-]+/, 'must be letters, digits, dots, dashes or underscores')
check('version', request.version ==~ /[A-Za-z0-9_.+-]+/, 'must be letters, digits, dots, dashes, underscores or plus signs')
check('package', javaPackage ==~ /[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/
        && !javaPackage.split('\\.').any { it in javaKeywords } && !javaPackage.startsWith('java.'),
        'is not a valid Java package: dot-separated identifiers, none of them a Java keyword, such as com.example.orders')
check('resource', resource ==~ /[A-Z][A-Za-z0-9]{0,29}/,
        'must be a singular UpperCamelCase Java class name of at most 30 characters, such as Order or OrderLine')
check('resource', !isJavaLangType(resource), "would hide java.lang.${resource}; choose another name")
check('feature', feature ==~ /[a-z_][a-z0-9_]*/ && !(feature in javaKeywords),
        'cannot be a package name (lower-case letters, digits and underscores, not a Java keyword); pass -Dfeature=<another name>')
check('resourcePath', properties.getProperty('resourcePath') ==~ /[a-z0-9]+(-[a-z0-9]+)*/,
        'must be one path segment in kebab-case, such as order-lines')
String references = properties.getProperty('references') ?: 'none'
check('references', references ==~ /none|[A-Z]\w*:\w+:\/[^:,]*:[\w.]+(,[A-Z]\w*:\w+:\/[^:,]*:[\w.]+)*/,
        'is set by uniform:add-resource (Name:table:/path:package, comma-separated); leave it out at generation')
Set<String> referable = references == 'none' ? [] as Set : references.split(',').collect { it.split(':')[0] } as Set
problems.addAll(fieldProblems(properties.getProperty('fields'), resource, javaKeywords, referable))
check('parentRelativePath', properties.getProperty('parentRelativePath') ==~ /none|[A-Za-z0-9_.\/-]+/,
        'must be none (take uniform-parent from the Maven repository) or a relative path to its pom.xml')

def refuseIfAnyProblem = {
    if (!problems.isEmpty()) {
        project.toFile().deleteDir()
        throw new IllegalArgumentException('uniform-archetype cannot generate this project; nothing was written:\n  - '
                + problems.join('\n  - '))
    }
}

refuseIfAnyProblem()
splitEnums(project, resource)
problems.addAll(namesClashingWithImports(project, "${javaPackage}.${feature}"))
refuseIfAnyProblem()
project.resolve('mvnw').toFile().setExecutable(true, false)
// A project in the kit's own checkout names its parent's version ${revision} (see parentRelativePath), which only the
// kit's .mvn/maven.config defines: the formatting build gets it from here, the archetype's own version.
boolean inKitCheckout = properties.getProperty('parentRelativePath') != 'none'
formatSources(project, inKitCheckout ? ["-Drevision=${request.archetypeVersion}".toString()] : [])

/**
 * Checks the fields property: name:Type[:constraint...], separated by commas (docs/archetype.md). Each problem names
 * the field, and says what would be accepted.
 */
static List<String> fieldProblems(String spec, String resource, Set<String> javaKeywords, Set<String> referable) {
    final Set<String> types = ['String', 'Text', 'Integer', 'Long', 'BigDecimal', 'Boolean', 'LocalDate', 'Instant',
            'UUID'] as Set
    // Named by the generated code itself, or by the listing's own parameters.
    final Set<String> taken = ['id', 'version', 'createdAt', 'updatedAt', 'page', 'size', 'sort'] as Set
    // PostgreSQL's reserved key words: as column names they would need quoting in every statement.
    final Set<String> sqlReserved = ('all analyse analyze and any array as asc asymmetric authorization binary both '
            + 'case cast check collate collation column concurrently constraint create cross current_catalog '
            + 'current_date current_role current_schema current_time current_timestamp current_user default '
            + 'deferrable desc distinct do else end except false fetch for foreign freeze from full grant group '
            + 'having ilike in initially inner intersect into is isnull join lateral leading left like limit '
            + 'localtime localtimestamp natural not notnull null offset on only or order outer overlaps placing '
            + 'primary references returning right select session_user similar some symmetric system_user table '
            + 'tablesample then to trailing true union unique user using value values variadic verbose when where '
            + 'window with').split(' ') as Set
    // Classes the archetype generates for the resource: an enum field must not take one of their names.
    final Set<String> generated = ['Request', 'Response', 'Patch', 'Filter', 'Sort', 'Roles', 'Resource',
            'Service', 'Repository', 'Mapper', 'Enums', 'Fixtures'] as Set
    final String example = 'such as customerName:String:required:max=80,total:BigDecimal:min=0,status:enum(OPEN|PAID)'

    if (spec == null || spec.trim().isEmpty()) {
        return ["fields is empty: give at least one field, ${example}".toString()]
    }
    List<String> problems = []
    Set<String> names = []
    Set<String> parameters = []
    spec.split(',', -1).eachWithIndex { String entry, int index ->
        List<String> parts = entry.trim().split(':', -1).collect { it.trim() }
        String name = parts[0]
        String field = name ? "field '${name}'" : "field ${index + 1}"
        def fail = { String problem -> problems << "${field} ${problem}".toString() }
        if (!name) {
            fail("has no name: write name:Type, ${example}")
            return
        }
        if (!(name ==~ /[a-z][a-z0-9]*([A-Z][a-z0-9]*)*/) || name.length() > 40) {
            fail('must be a lowerCamelCase name of at most 40 letters and digits, without two capitals in a row'
                    + ' (customerName, vatId), as it becomes the JSON property')
        }
        String column = name.replaceAll(/([a-z0-9])([A-Z])/, '$1_$2').toLowerCase()
        if (name in taken) {
            fail('is a name the generated code uses itself (id, version, createdAt, updatedAt, page, size, sort): choose another')
        } else if (name in javaKeywords) {
            fail('is a Java keyword: choose another name')
        } else if (column in sqlReserved) {
            fail("is a reserved word in SQL (${column}): choose another name, such as ${column}Name or the plural")
        }
        if (!names.add(name)) {
            fail('is given twice')
        }
        if (parts.size() < 2 || !parts[1]) {
            fail("has no type: write ${name}:Type, with Type one of ${types.join(', ')} or enum(A|B)")
            return
        }
        String type = parts[1]
        if (type.startsWith('enum(')) {
            if (!type.endsWith(')')) {
                fail('has an enum that does not end with ")": separate its values with |, as in enum(OPEN|PAID|SHIPPED)')
            } else {
                List<String> values = type.substring(5, type.length() - 1).split('\\|', -1).collect { it.trim() }
                if (values.every { it.isEmpty() }) {
                    fail('has an enum without values: list them, as in enum(OPEN|PAID|SHIPPED)')
                } else {
                    values.findAll { !(it ==~ /[A-Z][A-Z0-9_]*/) }.each {
                        fail("has an enum value '${it}' that is not an UPPER_SNAKE_CASE constant, such as OPEN or ON_HOLD")
                    }
                    values.countBy { it }.findAll { it.value > 1 }.each { fail("has the enum value ${it.key} twice") }
                }
                String typeName = name.substring(0, 1).toUpperCase() + name.substring(1)
                if (typeName in generated) {
                    fail("would name its enum ${resource}${typeName}, a class the archetype generates: choose another name")
                }
            }
            type = 'enum'
        } else if (type.startsWith('ref(')) {
            String target = type.endsWith(')') ? type.substring(4, type.length() - 1).trim() : ''
            if (!(target ==~ /[A-Z][A-Za-z0-9]*/)) {
                fail("has '${type}', which names no resource: write ref(Customer), with the resource's class name")
            } else if (target == resource) {
                if (parts.contains('required')) {
                    fail("refers to ${resource} itself and cannot be required: the first ${resource} has none to refer to")
                }
            } else if (!(target in referable)) {
                fail(referable.isEmpty()
                        ? "refers to ${target}, which the service does not have yet: generate it with ${target} first,"
                                + " then add ${resource} with ./mvnw uniform:add-resource (README)"
                        : "refers to ${target}, which the service does not have; it has ${referable.sort().join(', ')}")
            }
            if (!name.endsWith('Id')) {
                fail("holds the identifier of ${target ?: 'another resource'}: name it after that, ending in Id, such as ${name}Id")
            }
            type = 'ref'
        } else if (!(type in types)) {
            fail("has an unknown type '${type}': use one of ${types.join(', ')}, enum(A|B) or ref(Resource)")
            return
        }
        String min = null
        String max = null
        parts.drop(2).each { String constraint ->
            if (constraint ==~ /(min|max)=.*/) {
                String bound = constraint.substring(4)
                String kind = constraint.substring(0, 3)
                if (!(type in ['String', 'Text', 'Integer', 'Long', 'BigDecimal'])) {
                    fail("has ${kind}=, which applies to String and Text (length) and to Integer, Long and BigDecimal (value) only")
                } else if (type in ['String', 'Text', 'Integer', 'Long'] && !(bound ==~ /-?[0-9]{1,18}/)) {
                    fail("has ${kind}=${bound}: write a whole number")
                } else if (type == 'BigDecimal' && !(bound ==~ /-?[0-9]{1,10}(\.[0-9]{1,2})?/)) {
                    fail("has ${kind}=${bound}: write a number with at most 10 digits before the point and 2 after it")
                } else if (type in ['String', 'Text'] && (bound as long) < (kind == 'max' ? 1 : 0)) {
                    fail("has ${kind}=${bound}: a length must be ${kind == 'max' ? 'at least 1' : 'zero or more'}")
                } else if (type == 'String' && (bound as long) > 10485760) {
                    fail("has ${kind}=${bound}: a String holds at most 10485760 characters; use Text for longer ones")
                } else if (type == 'Integer' && ((bound as long) < Integer.MIN_VALUE || (bound as long) > Integer.MAX_VALUE)) {
                    fail("has ${kind}=${bound}, beyond what an Integer holds: use Long")
                } else {
                    kind == 'min' ? (min = bound) : (max = bound)
                }
            } else if (constraint == 'email') {
                if (type != 'String') {
                    fail('has email, which applies to String fields only')
                }
            } else if (constraint == 'unique') {
                if (type == 'Text') {
                    fail('has unique, which a Text cannot be: use String with a max length for a unique text')
                } else if (type == 'ref') {
                    fail('has unique, which a reference cannot be: it refers many to one; one-to-one is not generated yet')
                } else if (type in ['Boolean', 'enum']) {
                    fail("has unique, which a ${type} cannot be: it has too few values for more than a few ${resource}s")
                }
            } else if (constraint != 'required') {
                fail("has an unknown constraint '${constraint}': use required, unique, min=, max= or email")
            }
        }
        if (min != null && max != null && new BigDecimal(min) > new BigDecimal(max)) {
            fail("has min=${min} above max=${max}")
        } else if (min != null && max != null && min == max && type in ['Integer', 'Long', 'BigDecimal']) {
            fail("has min=${min} equal to max=${max}: a field with one possible value is a constant")
        }
        // The generated tests give every row they create a value of its own in each unique field.
        if (parts.contains('unique') && min != null && max != null && type in ['Integer', 'Long', 'BigDecimal']
                && (new BigDecimal(max) - new BigDecimal(min)) * (type == 'BigDecimal' ? 100 : 1) < 999) {
            fail("has unique with min=${min} and max=${max}: give it room for at least 1,000 distinct values")
        }
        if (parts.contains('unique') && type == 'String' && max != null && (max as long) < 2) {
            fail("has unique with max=${max}: a unique String needs max=2 or more")
        }
        if (parts.contains('email') && max != null && (max as long) < 20) {
            fail("has email and max=${max}: give an e-mail address room for at least 20 characters")
        }
        if (type == 'String' && min != null && max == null && (min as long) > 255) {
            fail("has min=${min} above the default max of 255: give max too")
        }
        String capitalized = name.substring(0, 1).toUpperCase() + name.substring(1)
        List<String> own = type in ['Integer', 'Long', 'BigDecimal', 'LocalDate', 'Instant']
                ? ["min${capitalized}".toString(), "max${capitalized}".toString()]
                : [name]
        own.findAll { !parameters.add(it) }.each {
            fail("would filter listings with the query parameter ${it}, which another field uses already: rename one of them")
        }
    }
    if (problems.isEmpty() && spec.split(',').every { it.split(':').size() > 1 && (it.split(':')[1].trim() == 'Boolean' || it.split(':')[1].trim().startsWith('enum(') || it.split(':')[1].trim().startsWith('ref(')) }) {
        problems << ("fields has only Boolean, enum and ref fields: add one of another type (a name, a date, a number);"
                + ' the generated tests change it to tell one version from the next').toString()
    }
    return problems
}

/** Writes each enum of the bundle that __resource__Enums.java renders into a file of its own, and removes the bundle. */
static void splitEnums(Path project, String resource) {
    List<Path> bundles = Files.walk(project).withCloseable {
        it.filter { it.fileName.toString() == "${resource}Enums.java".toString() }.toList()
    }
    bundles.each { Path bundle ->
        String current = null
        Map<String, StringBuilder> files = [:]
        Files.readAllLines(bundle).each { String line ->
            def marker = line =~ /^\/\/ uniform-archetype: (\w+\.java)$/
            if (marker) {
                current = marker[0][1]
                files[current] = new StringBuilder()
            } else if (current != null) {
                files[current].append(line).append('\n')
            }
        }
        files.each { String name, StringBuilder content -> Files.writeString(bundle.resolveSibling(name), content) }
        Files.delete(bundle)
    }
}

static boolean isJavaLangType(String name) {
    try {
        Class.forName('java.lang.' + name, false, ClassLoader.getPlatformClassLoader())
        return true
    } catch (ClassNotFoundException ignored) {
        return false
    }
}

/**
 * Finds generated sources that would need two different classes of the same simple name: one generated after the
 * resource (OrderLine, OrderLineRequest...) and one the code imports from a library (Page, PageRequest...).
 */
static List<String> namesClashingWithImports(Path project, String featurePackage) {
    List<Path> sources = Files.walk(project).withCloseable { it.filter { it.toString().endsWith('.java') }.toList() }
    Map<String, String> clashes = new TreeMap<>()
    sources.each { source ->
        Set<String> ownNames = sources.findAll { it.parent == source.parent }.collect { it.fileName.toString() - '.java' }
        Map<String, String> foreign = [:]
        Files.readAllLines(source).each { line ->
            def imported = line =~ /^import ([\w.]+)\.(\w+);$/
            if (imported) {
                String fromPackage = imported[0][1]
                String name = imported[0][2]
                boolean own = (fromPackage + '.').startsWith(featurePackage + '.')
                own ? ownNames.add(name) : foreign.put(name, fromPackage + '.' + name)
            }
        }
        clashes.putAll(foreign.findAll { name, qualified -> name in ownNames })
    }
    return clashes.collect { name, qualified ->
        "resource would name a generated class ${name}, like ${qualified} which the generated code uses; choose another resource name".toString()
    }
}

/**
 * Formats the sources as the build's check wants them (palantir-java-format through Spotless, configured by
 * uniform-parent): line breaks and import order depend on the names chosen, which the templates cannot know. Runs
 * the Maven that runs this generation, or else the project's own wrapper. A failure only warns: the project is
 * complete, and `./mvnw spotless:apply` does the same later.
 */
static void formatSources(Path project, List<String> extraArguments) {
    String mavenHome = System.getProperty('maven.home')
    boolean windows = System.getProperty('os.name').toLowerCase().contains('windows')
    String maven = mavenHome
            ? Paths.get(mavenHome, 'bin', windows ? 'mvn.cmd' : 'mvn').toString()
            : project.resolve(windows ? 'mvnw.cmd' : 'mvnw').toString()
    List<String> command = [maven, '--batch-mode', '--quiet', 'spotless:apply'] + extraArguments
    ['maven.repo.local', 'maven.repo.local.tail'].each { String key ->
        if (System.getProperty(key)) {
            command << "-D${key}=${System.getProperty(key)}".toString()
        }
    }
    println "[INFO] uniform-archetype: formatting the generated sources (${project.fileName}: spotless:apply)"
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
    builder.environment().put('JAVA_HOME', System.getProperty('java.home'))
    Process process = builder.start()
    String output = process.inputStream.getText('UTF-8')
    if (process.waitFor() != 0) {
        println "[WARNING] uniform-archetype: formatting failed; run ./mvnw spotless:apply in ${project}:\n${output}"
    }
    // Spotless leaves its index in target/: a freshly generated project has no build output.
    project.resolve('target').toFile().deleteDir()
}
