// Runs after maven-archetype-plugin has written the project; the plugin has no hook before that.
// 1. Checks every property: batch mode ignores validationRegex (ARCHETYPE-532), and a bad value must fail here,
//    naming the property, instead of as a compile error later. On failure nothing generated is left behind.
// 2. Finishes what Velocity cannot: one file per enum field, an executable mvnw, the manifest of the resource
//    (.uniform/resources.json) and sources formatted for names of any length.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

final Path project = Paths.get(request.outputDirectory, request.artifactId)
final Properties properties = request.properties

// The resource model (uniform-resource-model) is packed into this archetype's jar, which maven-archetype-plugin makes
// the context class loader while this script runs: one parser and one set of checks for generation and add-resource.
final ClassLoader archetypeJar = Thread.currentThread().contextClassLoader
final def model = { String name -> archetypeJar.loadClass("dev.uniform.model.${name}") }

List<String> problems = []

def check = { String property, boolean valid, String expectation ->
    if (!valid) {
        problems << "${property} '${properties.getProperty(property)}' ${expectation}".toString()
    }
}

String resource = properties.getProperty('resource')
String feature = properties.getProperty('feature')
String javaPackage = properties.getProperty('package')
def names = model('ResourceNames').getConstructor(String, String, String)
        .newInstance(resource, properties.getProperty('resourcePath'), feature)

check('artifactId', request.artifactId ==~ /[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?/,
        'must be lower-case letters, digits and dashes, at most 63 (it names the container image and Kubernetes objects)')
check('groupId', request.groupId ==~ /[A-Za-z0-9_.-]+/, 'must be letters, digits, dots, dashes or underscores')
check('version', request.version ==~ /[A-Za-z0-9_.+-]+/, 'must be letters, digits, dots, dashes, underscores or plus signs')
check('package', model('Identifiers').isJavaPackage(javaPackage),
        'is not a valid Java package: dot-separated identifiers, none of them a Java keyword, such as com.example.orders')
problems.addAll(names.problems())
check('apiKeys', (properties.getProperty('apiKeys') ?: 'false') ==~ /true|false/, 'must be true or false')
String references = properties.getProperty('references') ?: 'none'
check('references', references ==~ /none|[A-Z]\w*:\w+:\/[^:,]*:[\w.]+(,[A-Z]\w*:\w+:\/[^:,]*:[\w.]+)*/,
        'is set by uniform:add-resource (Name:table:/path:package, comma-separated); leave it out at generation')
Set<String> referable = references == 'none' ? [] as Set : references.split(',').collect { it.split(':')[0] } as Set
def fields = model('FieldGrammar').parse(properties.getProperty('fields'), resource, referable)
problems.addAll(fields.problems())
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
recordResource(project, model, names, "${javaPackage}.${feature}".toString(), fields.fields())
// A project in the kit's own checkout names its parent's version ${revision} (see parentRelativePath), which only the
// kit's .mvn/maven.config defines: the formatting build gets it from here, the archetype's own version.
boolean inKitCheckout = properties.getProperty('parentRelativePath') != 'none'
formatSources(project, inKitCheckout ? ["-Drevision=${request.archetypeVersion}".toString()] : [])
if (inKitCheckout) {
    // The project's own .mvn makes it a Maven root of its own, where the kit's maven.config does not reach: without
    // this, ./mvnw in its directory cannot read the parent's version.
    Files.writeString(project.resolve('.mvn/maven.config'), "-Drevision=${request.archetypeVersion}\n".toString())
}

/** Writes the service's manifest of resources (.uniform/resources.json), which the kit's tools read. */
static void recordResource(Path project, Closure model, def names, String featurePackage, List fields) {
    def recorded = model('ManifestResource').getConstructor(String, String, String, String, List)
            .newInstance(names.resource(), names.path(), names.table(), featurePackage, fields.collect { it.grammar() })
    model('ResourceManifest').getConstructor(List).newInstance([recorded]).write(project)
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
