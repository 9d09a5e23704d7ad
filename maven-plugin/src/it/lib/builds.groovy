// Helpers for verify scripts that build their project again after changing it, evaluated with
// `evaluate(new File(itLib, 'builds.groovy'))`. Further builds run the Maven that runs the invoker (falling back to
// `mvn` on the PATH), offline, with the invoker's local repository and the same repositories, so they need nothing
// the first build did not already fetch.
import java.nio.file.Files
import java.nio.file.attribute.FileTime
import java.security.MessageDigest

class Builds {

    /** The modification time `age` gives files: a rewritten file no longer has it. */
    static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L)

    final File basedir
    private final File localRepository
    private final String maven
    private final String mavenOpts
    private final File settings

    Builds(Binding binding) {
        basedir = binding.getVariable('basedir') as File
        localRepository = binding.getVariable('localRepositoryPath') as File
        boolean windows = System.getProperty('os.name').toLowerCase(Locale.ROOT).contains('win')
        String executable = windows ? 'mvn.cmd' : 'mvn'
        String home = binding.variables.mavenHome
        maven = home && new File(home, "bin/$executable").isFile() ? new File(home, "bin/$executable").path : executable
        mavenOpts = binding.variables.mavenOpts ?: ''
        settings = new File(basedir, 'rerun-settings.xml')
        settings.text = new File(binding.getVariable('settingsTemplate') as String).text
                .replace('@userRepositoryUrl@', binding.getVariable('userRepositoryUrl') as String)
    }

    /** Builds the project with `args`, expecting success; the log goes to build-NAME.log and is returned. */
    String mvn(String name, String... args) {
        run(name, true, args)
    }

    /** Builds the project with `args`, expecting the build to fail; returns the log. */
    String mvnFailing(String name, String... args) {
        run(name, false, args)
    }

    private String run(String name, boolean success, String... args) {
        File log = new File(basedir, "build-${name}.log")
        List<String> command = [maven, '-B', '-o', '-s', settings.path,
                                "-Dmaven.repo.local=${localRepository.path}".toString()] + (args as List)
        ProcessBuilder builder = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
                .redirectOutput(log)
        builder.environment().put('MAVEN_OPTS', mavenOpts)
        int code = builder.start().waitFor()
        String text = log.text
        assert (code == 0) == success : "build '$name' (${args.join(' ')}) ended with exit code $code, see $log"
        text
    }

    File file(String path) {
        new File(basedir, path)
    }

    String log(String name) {
        file(name).text
    }

    /** The files under `folder`, relative to it with '/' separators, sorted; empty when it does not exist. */
    List<String> files(String folder) {
        File root = file(folder)
        if (!root.isDirectory()) {
            return []
        }
        List<String> found = []
        root.eachFileRecurse(groovy.io.FileType.FILES) { found << root.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
        found.sort()
    }

    /** Gives every file under the folders the modification time OLD. */
    void age(String... folders) {
        folders.each { folder -> files(folder).each { Files.setLastModifiedTime(file("$folder/$it").toPath(), OLD) } }
    }

    /** The files under `folder` written since `age`: their modification time is no longer OLD. */
    List<String> touched(String folder) {
        files(folder).findAll { Files.getLastModifiedTime(file("$folder/$it").toPath()) != OLD }
    }

    /** Path to "modification time sha-256" of every file under `folder`. */
    Map<String, String> snapshot(String folder) {
        files(folder).collectEntries { path ->
            File f = file("$folder/$path")
            byte[] digest = MessageDigest.getInstance('SHA-256').digest(f.bytes)
            [(path): "${f.lastModified()} ${digest.encodeHex()}".toString()]
        }
    }
}

new Builds(binding)
