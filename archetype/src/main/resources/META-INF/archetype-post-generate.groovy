// Runs after maven-archetype-plugin has written the project; the plugin has no hook before that.
// 1. Checks every property: batch mode ignores validationRegex (ARCHETYPE-532), and a bad value must fail here,
//    naming the property, instead of as a compile error later. On failure nothing generated is left behind.
// 2. Finishes what Velocity cannot: an executable mvnw, and sources formatted for names of any length.
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
check('parentRelativePath', properties.getProperty('parentRelativePath') ==~ /none|[A-Za-z0-9_.\/-]+/,
        'must be none (take uniform-parent from the Maven repository) or a relative path to its pom.xml')

if (problems.isEmpty()) {
    problems.addAll(namesClashingWithImports(project, "${javaPackage}.${feature}"))
}

if (!problems.isEmpty()) {
    project.toFile().deleteDir()
    throw new IllegalArgumentException('uniform-archetype cannot generate this project; nothing was written:\n  - '
            + problems.join('\n  - '))
}

project.resolve('mvnw').toFile().setExecutable(true, false)
formatSources(project)

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
static void formatSources(Path project) {
    String mavenHome = System.getProperty('maven.home')
    boolean windows = System.getProperty('os.name').toLowerCase().contains('windows')
    String maven = mavenHome
            ? Paths.get(mavenHome, 'bin', windows ? 'mvn.cmd' : 'mvn').toString()
            : project.resolve(windows ? 'mvnw.cmd' : 'mvnw').toString()
    List<String> command = [maven, '--batch-mode', '--quiet', 'spotless:apply']
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
